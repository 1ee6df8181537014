package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link CrashDurabilityTest}: registers workers one after another and prints
 * each client reference only after {@code register} returned, then keeps going until it is killed.
 */
public final class CrashingRegistrar {

    private CrashingRegistrar() {
    }

    public static void main(String[] args) {
        KioskStore store = KioskStore.open(Path.of(args[0]), Clock.systemUTC());
        for (int i = 0; ; i++) {
            RegisterResult result = store.registrations()
                    .register(Fixtures.registration(Fixtures.worker(i), Fixtures.SITE, Fixtures.DAY));
            System.out.println("COMMITTED " + result.registration().reference().value());
            System.out.flush();
        }
    }
}
