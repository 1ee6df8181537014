package be.sitegate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.KioskAssembly;
import be.sitegate.domain.ChipProof;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VpcdCardClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a worker identified reaches the store from the real parts (issue 19.5): over pcscd + vpcd, the
 * kiosk's own card monitor reads an applet 1.8 card with its chip proof and an applet 1.7 card
 * without one, and the registrations land in a real SQLite file as "eID + chip" and "eID, data only",
 * which the foreman's list and the exports read back.
 */
class AssembledChipProofTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");

    @TempDir
    Path dir;

    private final BlockingQueue<CardIdentity> cards = new LinkedBlockingQueue<>();

    @Test
    void eachCardsRegistrationRecordsWhatItsChipProved() throws Exception {
        try (DemoOnRealReaders stack = DemoOnRealReaders.start(dir);
                KioskAssembly kiosk = KioskAssembly.start(stack.environment(), Clock.systemUTC())) {
            kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                    DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);
            kiosk.cardEvents().subscribe(new CardEvents.Listener() {
                @Override
                public void cardRead(CardIdentity identity) {
                    cards.add(identity);
                }
            });

            CardIdentity proven = readOnTheRealStack("ec-18");
            assertThat(proven.authenticity()).isEqualTo(CardIdentity.Authenticity.AUTHENTIC);
            assertThat(proven.chipProof()).isEqualTo(ChipProof.PROVEN);
            CardIdentity dataOnly = readOnTheRealStack("rsa-17");
            assertThat(dataOnly.chipProof()).isEqualTo(ChipProof.NOT_PROVABLE);

            register(kiosk, proven);
            register(kiosk, dataOnly);

            assertThat(kiosk.attendanceLog().registrations(GENT, kiosk.session().today()))
                    .extracting(Registration::worker, Registration::method)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(WorkerId.of(proven.inss()),
                                    IdentificationMethod.EID_CHIP_PROVEN),
                            org.assertj.core.groups.Tuple.tuple(WorkerId.of(dataOnly.inss()),
                                    IdentificationMethod.EID_CARD));
        }
    }

    private CardIdentity readOnTheRealStack(String profile) throws Exception {
        try (VpcdCardClient card = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                new BelpicCard(VirtualCardProfiles.named(profile)))) {
            card.insert();
            CardIdentity read = cards.poll(20, TimeUnit.SECONDS);
            assertThat(read).as(profile + " read by the kiosk's card monitor within 20 s").isNotNull();
            return read;
        }
    }

    /** As the worker's screen does it (`CardInput`): the card's own way of identifying, the builder chosen. */
    private static void register(KioskAssembly kiosk, CardIdentity card) {
        Worker worker = new Worker(WorkerId.of(card.inss()), card.identificationMethod(),
                Optional.of(card.displayName()));
        RegistrationStep step = kiosk.registration().identify(worker);
        if (step instanceof RegistrationStep.ChooseEmployer choose) {
            step = kiosk.registration().chooseEmployer(choose, choose.companies().get(0));
        }
        assertThat(step).isInstanceOf(RegistrationStep.Registered.class);
    }
}
