package be.sitegate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.KioskEnvironment;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.BadgeEnrolment;
import be.sitegate.kiosk.BadgeTaps;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.virtualcard.VirtualBadge;
import be.sitegate.virtualcard.VpcdCardClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A badge tap through the kiosk as the kiosk command assembles it: the real card monitor and card
 * events (over the demo's in-process reader, and over pcscd + vpcd), a real SQLite file, and the
 * simulator over loopback HTTPS giving the receipt. The linked badge registers its holder as BADGE
 * with the employer remembered at enrolment; a random-UID chip is refused before anything is looked up.
 */
class AssembledBadgeTapTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    /** Known to the demo seed and employed on the Gent declaration. */
    private static final Inss HOLDER = Inss.parse("90021214541");

    @TempDir
    Path dir;

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<DeliveryUpdates.Update> deliveries = new LinkedBlockingQueue<>();

    @Test
    void aLinkedBadgeRegistersItsHolderOnTheDemosReader() throws Exception {
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        try (KioskAssembly kiosk = open(demo.environment())) {
            demo.reader().holdBadge("random");
            assertThat(next()).isEqualTo(CardEvents.BadgeProblem.RANDOM_UID);
            demo.reader().holdBadge("badge");
            tapsAndRegisters(kiosk, (BadgeUid) next());
        } finally {
            demo.simulator().close();
        }
    }

    @Test
    void aLinkedBadgeRegistersItsHolderOnTheRealPcscStack() throws Exception {
        try (DemoOnRealReaders stack = DemoOnRealReaders.start(dir);
                KioskAssembly kiosk = open(stack.environment());
                VpcdCardClient badge = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT + 1,
                        VirtualBadge.withUid("04a1b2c3d4e5f6"))) {
            badge.insert();
            tapsAndRegisters(kiosk, (BadgeUid) next());
        }
    }

    private KioskAssembly open(KioskEnvironment environment) {
        KioskAssembly kiosk = KioskAssembly.start(environment, Clock.systemUTC());
        kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);
        kiosk.cardEvents().subscribe(new CardEvents.Listener() {
            @Override
            public void badgeRead(BadgeUid uid) {
                events.add(uid);
            }

            @Override
            public void badgeRefused(CardEvents.BadgeProblem problem) {
                events.add(problem);
            }

            @Override
            public void cardRead(be.sitegate.kiosk.CardIdentity identity) {
                events.add(identity);
            }
        });
        kiosk.deliveries().subscribe(deliveries::add);
        return kiosk;
    }

    private void tapsAndRegisters(KioskAssembly kiosk, BadgeUid uid) throws Exception {
        assertThat(kiosk.badges().taps().tap(uid)).as("not linked yet").isEmpty();
        var employer = kiosk.session().require().workplace().companies().get(0).enterpriseNumber();
        kiosk.badges().enrolment().link(uid, new BadgeEnrolment.ProvenWorker(HOLDER, "Test Holder",
                Optional.of(employer)), Optional.empty());

        BadgeTaps.Tap tap = kiosk.badges().taps().tap(uid).orElseThrow();

        assertThat(tap.step()).isInstanceOfSatisfying(RegistrationStep.Registered.class, registered -> {
            assertThat(registered.registration().method()).isEqualTo(IdentificationMethod.BADGE);
            assertThat(registered.registration().employer()).contains(employer);
        });
        var reference = ((RegistrationStep.Registered) tap.step()).registration().reference();
        DeliveryUpdates.Update update;
        do {
            update = deliveries.poll(30, TimeUnit.SECONDS);
        } while (update != null && !(update.reference().equals(reference)
                && update.delivery().status() == DeliveryStatus.ACCEPTED));
        assertThat(update).as("the simulator's receipt for the badge's registration").isNotNull();
        assertThat(kiosk.badges().taps().tap(uid).orElseThrow().step())
                .isInstanceOf(RegistrationStep.AlreadyRegistered.class);
    }

    private Object next() throws InterruptedException {
        Object e;
        do {
            e = events.poll(15, TimeUnit.SECONDS);
        } while (e instanceof be.sitegate.kiosk.CardIdentity);
        assertThat(e).as("a badge event within 15 s").isNotNull();
        return e;
    }
}
