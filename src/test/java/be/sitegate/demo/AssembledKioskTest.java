package be.sitegate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.app.DataFolderInUseException;
import be.sitegate.app.KioskAssembly;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as assembled for the demo, without a screen: the real simulator over loopback HTTPS,
 * the in-process virtual eID card, a real SQLite file. A card goes in, the worker is registered,
 * and the receipt number comes back through the outbox.
 */
class AssembledKioskTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final String BUILDER = "0566988259";

    @TempDir
    Path dir;

    private DemoEnvironment demo;
    private KioskAssembly kiosk;
    private final BlockingQueue<CardIdentity> cards = new LinkedBlockingQueue<>();
    private final BlockingQueue<DeliveryUpdates.Update> deliveries = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC());
        kiosk.cardEvents().subscribe(new CardEvents.Listener() {
            @Override
            public void cardRead(CardIdentity identity) {
                cards.add(identity);
            }
        });
        kiosk.deliveries().subscribe(deliveries::add);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aCardInsertedAtTheKioskEndsWithAReceiptNumber() throws Exception {
        InitialisationOutcome outcome = signIn(GENT);
        assertThat(outcome).isInstanceOf(InitialisationOutcome.Initialised.class);

        demo.reader().insert("rsa-17");
        CardIdentity card = cards.poll(15, TimeUnit.SECONDS);
        assertThat(card).isNotNull();
        assertThat(card.authenticity()).isEqualTo(CardIdentity.Authenticity.AUTHENTIC);
        assertThat(card.photo().get()).isPresent();

        Worker worker = new Worker(WorkerId.of(card.inss()), IdentificationMethod.EID_CARD, Optional.of(card.displayName()));
        RegistrationStep.Registered registered = registerWithBuilder(worker);
        assertThat(registered.employer()).hasValueSatisfying(c ->
                assertThat(c.enterpriseNumber().toString()).isEqualTo(BUILDER));

        DeliveryUpdates.Update update = deliveries.poll(20, TimeUnit.SECONDS);
        assertThat(update).isNotNull();
        assertThat(update.reference()).isEqualTo(registered.registration().reference());
        assertThat(update.delivery().status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(update.delivery().receiptNumber()).hasValueSatisfying(r -> assertThat(r).matches("\\d{1,15}"));

        assertThat(kiosk.registration().identify(worker)).isInstanceOf(RegistrationStep.AlreadyRegistered.class);
        assertThat(kiosk.attendance().forDay(GENT, kiosk.session().today())).hasSize(1);
    }

    /** By default the kiosk asks no employer look-up of the service: the worker picks the builder. */
    private RegistrationStep.Registered registerWithBuilder(Worker worker) {
        var choose = (RegistrationStep.ChooseEmployer) kiosk.registration().identify(worker);
        var builder = choose.companies().stream().filter(c -> c.enterpriseNumber().toString().equals(BUILDER))
                .findFirst().orElseThrow();
        return (RegistrationStep.Registered) kiosk.registration().chooseEmployer(choose, builder);
    }

    private InitialisationOutcome signIn(WorkplaceId workplace) {
        return kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), workplace);
    }

    @Test
    void everyWorkplaceTheDemoWindowOffersOpensWithItsSignIn() {
        for (String workplace : DemoEnvironment.SIGN_IN.workplaces()) {
            assertThat(signIn(WorkplaceId.parse(workplace))).isInstanceOf(InitialisationOutcome.Initialised.class);
        }
    }

    @Test
    void expiredAndTamperedCardsAreToldApart() throws Exception {
        demo.reader().insert("expired");
        assertThat(cards.poll(15, TimeUnit.SECONDS).authenticity()).isEqualTo(CardIdentity.Authenticity.EXPIRED);
        demo.reader().insert("tampered");
        assertThat(cards.poll(15, TimeUnit.SECONDS).authenticity()).isEqualTo(CardIdentity.Authenticity.NOT_AUTHENTIC);
    }

    @Test
    void aSecondKioskOnTheSameDataFolderDoesNotStartAndTheFirstKeepsWorking() throws Exception {
        // What a second 'sitegate kiosk --demo' does: its own simulator, the same data folder.
        DemoEnvironment second = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        assertThatThrownBy(() -> KioskAssembly.start(second.environment(), Clock.systemUTC()))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ", started ")
                .hasMessageContaining("is already using the data folder " + dir.toRealPath() + ".");

        assertThat(signIn(GENT)).isInstanceOf(InitialisationOutcome.Initialised.class);
        Worker typed = Worker.typed(WorkerId.of(Inss.parse("90021214541")), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        var registered = registerWithBuilder(typed);
        DeliveryUpdates.Update update = deliveries.poll(20, TimeUnit.SECONDS);
        assertThat(update).isNotNull();
        assertThat(update.reference()).isEqualTo(registered.registration().reference());
        assertThat(update.delivery().status()).isEqualTo(DeliveryStatus.ACCEPTED);
    }

    @Test
    void aRestartDuringTheDayKeepsTheInitialisation() {
        signIn(GENT);
        kiosk.close();
        demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC());
        assertThat(kiosk.session().current()).hasValueSatisfying(i -> assertThat(i.workplace().id()).isEqualTo(GENT));
    }
}
