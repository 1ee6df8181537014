package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralError;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.RegistrationStatus;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.DeliveryOutcome;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewRegistration;
import be.sitegate.sync.Backoff;
import be.sitegate.sync.ForwarderSettings;
import be.sitegate.sync.OutboxForwarder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way back for a refused or unsent record, through the port the foreman's screens will use, on
 * a real SQLite outbox and the real forwarder thread, with an in-memory service that refuses an
 * employer it does not know.
 */
class OutboxDeliveryControlTest {

    private static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final EnterpriseNumber WRONG = EnterpriseNumber.parse("0437881160");
    private static final EnterpriseNumber RIGHT = EnterpriseNumber.parse("0566988259");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private final List<PresenceItem> received = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private KioskStore store;
    private OutboxForwarder forwarder;
    private OutboxDeliveryControl control;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        forwarder = new OutboxForwarder(store.outbox(), this::service, ForwarderSettings.defaults()
                .withBackoff(new Backoff(Duration.ofHours(1), Duration.ofHours(1), () -> 0.5)), clock);
        control = new OutboxDeliveryControl(store.outbox(), forwarder);
        forwarder.start();
    }

    @AfterEach
    void close() {
        forwarder.close();
        store.close();
    }

    /** Refuses an employer that is not on the declaration; otherwise gives a receipt. */
    private List<ItemResult> service(List<PresenceItem> items) {
        if (down) {
            throw new be.sitegate.central.CentralUnavailableException(
                    be.sitegate.central.CentralUnavailableException.Reason.CONNECTION_REFUSED,
                    java.util.OptionalInt.empty(), "down", null);
        }
        List<ItemResult> out = new ArrayList<>();
        for (PresenceItem i : items) {
            received.add(i);
            if (i.company().equals(Optional.of(WRONG))) {
                out.add(new ItemResult.NotCreated(i.clientReference(), List.of(
                        new CentralError("INVALID_COMPANY_ID", "COMPANY ID IS NOT VALID", Optional.empty()))));
            } else {
                out.add(new ItemResult.Created(i.clientReference(), new CentralRegistration(
                        Long.toString(100_000_000_000L + received.size()), Optional.of(i.clientReference()),
                        i.workplace(), i.registrationDate(), i.worker(), i.company(), i.direction(), i.timestamp(),
                        Instant.EPOCH, "GATEWAY", RIGHT.toString(), 1, RegistrationStatus.SUCCESSFULLY_REGISTERED,
                        List.of(), List.of())));
            }
        }
        return out;
    }

    private ClientReference register(EnterpriseNumber employer, LocalDate day) {
        ClientReference ref = store.registrations().register(new NewRegistration(
                ClientReference.generate(clock.instant()), SITE,
                WorkerId.of(Inss.parse("85073003328")), Optional.of(employer), day, clock.instant(),
                IdentificationMethod.TYPED_NATIONAL_NUMBER, Optional.empty())).registration().reference();
        forwarder.wake();
        return ref;
    }

    private static void await(String what, BooleanSupplier condition) {
        be.sitegate.testkit.Await.until(what, DEADLINE, condition);
    }

    @Test
    void aRefusedRegistrationIsSentAgainWithTheCorrectedEmployerAndGetsItsReceipt() throws Exception {
        ClientReference ref = register(WRONG, LocalDate.now(be.sitegate.domain.BelgianTime.ZONE));
        await("refused", () -> store.outbox().delivery(ref).orElseThrow().status() == DeliveryStatus.REJECTED);
        // The forwarder stores the outcome first and publishes its counts after: wait for both.
        await("counted", () -> forwarder.status().counts().toAcknowledge() == 1);

        assertThat(control.resend(ref, Optional.of(RIGHT))).isTrue();

        await("accepted", () -> store.outbox().delivery(ref).orElseThrow().status() == DeliveryStatus.ACCEPTED);
        assertThat(received).extracting(PresenceItem::clientReference).containsExactly(ref, ref);
        assertThat(received.get(1).company()).contains(RIGHT);
        assertThat(store.outbox().delivery(ref).orElseThrow().remarks()).isEmpty();
        await("nothing to check any more", () -> forwarder.status().counts().toAcknowledge() == 0);
        assertThat(control.resend(ref, Optional.empty())).as("accepted: nothing to resend").isFalse();
    }

    @Test
    void aRegistrationNotSentInTimeCanOnlyBeAcknowledgedAndThenStopsCounting() throws Exception {
        ClientReference ref = register(RIGHT, LocalDate.now(be.sitegate.domain.BelgianTime.ZONE).minusDays(1));
        await("not sent in time", () -> store.outbox().delivery(ref).orElseThrow().status() == DeliveryStatus.EXPIRED);
        assertThat(received).as("never sent with another date").isEmpty();
        await("counted", () -> forwarder.status().counts().toAcknowledge() == 1);

        assertThat(control.resend(ref, Optional.empty())).isFalse();
        assertThat(control.acknowledge(ref)).isTrue();

        await("no longer counted", () -> forwarder.status().counts().toAcknowledge() == 0);
        assertThat(store.outbox().delivery(ref).orElseThrow().status()).isEqualTo(DeliveryStatus.EXPIRED);
    }

    @Test
    void sendNowSendsWhatWaitsWithoutWaitingOutTheBackoff() throws Exception {
        down = true;
        ClientReference ref = register(RIGHT, LocalDate.now(be.sitegate.domain.BelgianTime.ZONE));
        await("a failed try", () -> forwarder.status().nextRetry().isPresent());
        down = false;

        control.sendNow();

        await("accepted", () -> store.outbox().delivery(ref).orElseThrow().status() == DeliveryStatus.ACCEPTED);
    }

    @Test
    void outcomesOfOtherKindsAreLeftAlone() {
        ClientReference ref = register(RIGHT, LocalDate.now(be.sitegate.domain.BelgianTime.ZONE));
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "1", List.of())));
        assertThat(control.acknowledge(ref)).isFalse();
    }
}
