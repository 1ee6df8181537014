package be.sitegate.kiosk.fake;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.PresenceRecorder;
import be.sitegate.kiosk.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The store and the forwarder in one: records registrations and events in memory and lets a test
 * play the central service's answer with {@link #accept} / {@link #reject}. It keeps the store's
 * rules on references: a record is kept under the reference it came with, an earlier registration
 * of the same person and day comes back with its own, and a reference already kept is refused.
 */
public final class InMemoryPresences implements PresenceRecorder, DeliveryUpdates, AttendanceLog {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    public final List<Registration> registrations = new CopyOnWriteArrayList<>();
    public final List<PresenceEvent> events = new CopyOnWriteArrayList<>();
    private final List<Consumer<Update>> listeners = new CopyOnWriteArrayList<>();
    /** What every store call throws from now on, as the store adapter does when the disk is full. */
    private volatile RuntimeException failure;

    public void failWith(RuntimeException storeFailure) {
        this.failure = storeFailure;
    }

    public void works() {
        this.failure = null;
    }

    private void failIfBroken() {
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    @Override
    public synchronized DailyOutcome registerDaily(Registration registration) {
        failIfBroken();
        for (Registration r : registrations) {
            if (r.workplace().equals(registration.workplace()) && r.worker().equals(registration.worker())
                    && r.date().equals(registration.date())) {
                return new DailyOutcome(r, true);
            }
        }
        refuseKnown(registration.reference());
        registrations.add(registration);
        return new DailyOutcome(registration, false);
    }

    @Override
    public Optional<PresenceEvent> lastEvent(WorkplaceId workplace, WorkerId worker, LocalDate date) {
        failIfBroken();
        PresenceEvent last = null;
        for (PresenceEvent e : events) {
            if (e.workplace().equals(workplace) && e.worker().equals(worker)
                    && LocalDate.ofInstant(e.at(), BELGIUM).equals(date)) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }

    @Override
    public synchronized PresenceEvent recordEvent(PresenceEvent event) {
        failIfBroken();
        refuseKnown(event.reference());
        events.add(event);
        return event;
    }

    /** As the store's primary key does: a second record under one reference is a bug, not a replace. */
    private void refuseKnown(ClientReference reference) {
        boolean known = registrations.stream().anyMatch(r -> r.reference().equals(reference))
                || events.stream().anyMatch(e -> e.reference().equals(reference));
        if (known) {
            throw new IllegalStateException("client reference " + reference + " is already stored");
        }
    }

    @Override
    public List<Registration> registrations(WorkplaceId workplace, LocalDate date) {
        return registrations.stream().filter(r -> r.workplace().equals(workplace) && r.date().equals(date)).toList();
    }

    @Override
    public NeedingAttention needingAttention(WorkplaceId workplace) {
        return new NeedingAttention(
                registrations.stream().filter(r -> r.workplace().equals(workplace) && r.delivery().needsAttention())
                        .toList(),
                events.stream().filter(e -> e.workplace().equals(workplace) && e.delivery().needsAttention()).toList());
    }

    @Override
    public List<PresenceEvent> events(WorkplaceId workplace, LocalDate date) {
        return events.stream().filter(e -> e.workplace().equals(workplace)
                && LocalDate.ofInstant(e.at(), BELGIUM).equals(date)).toList();
    }

    /** What a test said is missing today; the store's query is tested on a real file. */
    public final List<MissingWorker> missing = new CopyOnWriteArrayList<>();

    @Override
    public List<MissingWorker> missing(WorkplaceId workplace, LocalDate today) {
        return List.copyOf(missing);
    }

    /** There are no other channels here: everything it knows was recorded on this kiosk. */
    @Override
    public void refresh() {
    }

    @Override
    public Subscription subscribe(Consumer<Update> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** The central service gave a receipt number. */
    public void accept(ClientReference reference, String receipt) {
        publish(reference, Delivery.accepted(receipt, List.of(), Instant.now()));
    }

    /** A receipt for a record sent without an employer, naming the one the service recorded (a Limosa worker's). */
    public void acceptNamingEmployer(ClientReference reference, String receipt, EnterpriseNumber employer) {
        publish(reference, new Delivery(DeliveryStatus.ACCEPTED, 1, Optional.of(receipt), List.of(), Optional.empty(),
                Instant.now(), Optional.empty(), Optional.of(employer), Optional.empty()));
    }

    /** A receipt the service validated with remarks (status FAILED): registered, and flagged. */
    public void acceptWithRemarks(ClientReference reference, String receipt, String... remarks) {
        publish(reference, Delivery.accepted(receipt, java.util.Arrays.stream(remarks).map(ServiceRemark::remark)
                .toList(), Instant.now()));
    }

    /** Its day ended before the service could be reached: never sent. */
    public void expire(ClientReference reference) {
        publish(reference, new Delivery(DeliveryStatus.EXPIRED, 3, Optional.empty(), List.of(),
                Optional.of("NOT_SENT_IN_TIME"), Instant.now(), Optional.empty()));
    }

    public void reject(ClientReference reference, String remark) {
        publish(reference, new Delivery(DeliveryStatus.REJECTED, 1, Optional.empty(),
                List.of(ServiceRemark.remark(remark)), Optional.empty(), Instant.now(), Optional.empty()));
    }

    private void publish(ClientReference reference, Delivery delivery) {
        registrations.replaceAll(r -> r.reference().equals(reference) ? r.withDelivery(delivery) : r);
        events.replaceAll(e -> e.reference().equals(reference) ? e.withDelivery(delivery) : e);
        for (Consumer<Update> l : listeners) {
            l.accept(new Update(reference, delivery));
        }
    }

    /**
     * The outbox's way back for a refused record ({@link be.sitegate.kiosk.DeliveryControl#resend}): it
     * waits to be sent again. The corrected employer is the test's to check; the record keeps its own.
     */
    public boolean resend(ClientReference reference) {
        boolean refused = registrations.stream().anyMatch(r -> r.reference().equals(reference)
                && r.delivery().status() == DeliveryStatus.REJECTED)
                || events.stream().anyMatch(e -> e.reference().equals(reference)
                        && e.delivery().status() == DeliveryStatus.REJECTED);
        if (refused) {
            publish(reference, Delivery.pending(Instant.now()));
        }
        return refused;
    }

    /** The outbox's record of a withdrawal ({@link be.sitegate.kiosk.DeliveryControl#markWithdrawn}). */
    public boolean withdraw(ClientReference reference, String reason) {
        var found = registrations.stream().filter(r -> r.reference().equals(reference)
                && r.delivery().status() == DeliveryStatus.ACCEPTED && !r.delivery().withdrawn()).findFirst();
        found.ifPresent(r -> {
            Delivery d = r.delivery();
            publish(reference, new Delivery(d.status(), d.attempts(), d.receiptNumber(), d.remarks(), d.lastError(),
                    Instant.now(), d.acknowledged(), d.serviceEmployer(),
                    Optional.of(new be.sitegate.domain.Withdrawal(Instant.now(), reason))));
        });
        return found.isPresent();
    }

    public Registration lastRegistration() {
        return registrations.get(registrations.size() - 1);
    }

    public PresenceEvent lastEvent() {
        return events.get(events.size() - 1);
    }
}
