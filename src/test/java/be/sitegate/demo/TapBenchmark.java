package be.sitegate.demo;

import be.sitegate.app.KioskAssembly;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a worker waits for at the kiosk, measured on the kiosk as {@code kiosk --demo} assembles it
 * (in-process virtual card, the simulator over loopback HTTPS, a real SQLite file), without the
 * screen: card in until the identity is read and verified; identity until the registration is
 * committed (employer look-up included); committed until the receipt number is back. Run with
 * {@code .ci/bench tap [rounds]}. Not a test: no assertion on time.
 */
public final class TapBenchmark {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    /** The two specimen cards the demo seed employs on the Gent site. */
    private static final List<String> CARDS = List.of("rsa-17", "ec-18");

    private TapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf("cores=%d java=%s rounds=%d%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), rounds);
        List<Long> read = new ArrayList<>();
        List<Long> registered = new ArrayList<>();
        List<Long> receipt = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            tapRound(read, registered, receipt);
        }
        // The first round pays for class loading and the TLS session: it is reported, not hidden.
        System.out.printf("card in -> identity read and verified: median %.1f ms, max %.1f ms%n",
                median(read), max(read));
        System.out.printf("identity -> registration committed:     median %.1f ms, max %.1f ms%n",
                median(registered), max(registered));
        System.out.printf("committed -> receipt number back:       median %.1f ms, max %.1f ms%n",
                median(receipt), max(receipt));
    }

    private static void tapRound(List<Long> read, List<Long> registered, List<Long> receipt) throws Exception {
        Path dir = Files.createTempDirectory("sitegate-tap");
        // With the employer look-up, as the figures before 2026-12-02 were taken; the kiosk's default
        // (no look-up) asks the worker on a first visit, a screen step this harness does not time.
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(Map.of("central.offers", "employer-lookup,search"),
                Map.of()), dir, Clock.systemUTC());
        BlockingQueue<CardIdentity> cards = new LinkedBlockingQueue<>();
        BlockingQueue<DeliveryUpdates.Update> deliveries = new LinkedBlockingQueue<>();
        try (KioskAssembly kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC())) {
            kiosk.cardEvents().subscribe(new CardEvents.Listener() {
                @Override
                public void cardRead(CardIdentity identity) {
                    cards.add(identity);
                }
            });
            kiosk.deliveries().subscribe(deliveries::add);
            kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                    DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);
            for (String card : CARDS) {
                demo.reader().remove();
                Thread.sleep(600); // the reader seen empty, outside the timing
                long t0 = System.nanoTime();
                demo.reader().terminal().insert(be.sitegate.virtualcard.VirtualCardProfiles.named(card));
                CardIdentity identity = cards.poll(30, TimeUnit.SECONDS);
                long t1 = System.nanoTime();
                RegistrationStep step = kiosk.registration().identify(new Worker(WorkerId.of(identity.inss()),
                        IdentificationMethod.EID_CARD, Optional.of(identity.displayName())));
                long t2 = System.nanoTime();
                if (!(step instanceof RegistrationStep.Registered done)) {
                    throw new IllegalStateException(card + ": " + step);
                }
                DeliveryUpdates.Update update;
                do {
                    update = deliveries.poll(30, TimeUnit.SECONDS);
                } while (update != null && (!update.reference().equals(done.registration().reference())
                        || update.delivery().status() != DeliveryStatus.ACCEPTED));
                long t3 = System.nanoTime();
                read.add(t1 - t0);
                registered.add(t2 - t1);
                receipt.add(t3 - t2);
            }
        } finally {
            demo.simulator().close();
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }
}
