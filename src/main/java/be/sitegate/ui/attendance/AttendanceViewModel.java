package be.sitegate.ui.attendance;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Workplace;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ServiceRemarks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The foreman's list of today's registrations on this kiosk, newest first, with each one's state
 * towards the central service. Numbers are masked: the screen stands where anyone can see it.
 */
public final class AttendanceViewModel {

    /** One line of the list; texts that depend on the language are {@link Msg}s. */
    public record Row(String time, String name, String number, String employer, Msg what, Msg status) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final ZoneId zone;
    private final Runnable close;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Msg> summary = new ReadOnlyObjectWrapper<>(Msg.NONE);

    public AttendanceViewModel(ZoneId zone, Runnable close) {
        this.zone = zone;
        this.close = close;
    }


    /**
     * Today's lines, newest first, after the lines of earlier days that still need the foreman (refused,
     * or not sent in time, and not acknowledged), oldest first with their date.
     */
    public void show(Workplace workplace, List<Registration> registrations, List<PresenceEvent> events,
            AttendanceLog.NeedingAttention earlier) {
        record Dated(Instant at, Row row) {
        }
        List<Dated> lines = new ArrayList<>();
        for (Registration r : registrations) {
            lines.add(new Dated(r.registeredAt(), registrationRow(workplace, r, time(r.registeredAt()))));
        }
        for (PresenceEvent e : events) {
            lines.add(new Dated(e.at(), eventRow(workplace, e, time(e.at()))));
        }
        lines.sort(Comparator.comparing(Dated::at).reversed());
        Set<ClientReference> shown = new HashSet<>();
        registrations.forEach(r -> shown.add(r.reference()));
        events.forEach(e -> shown.add(e.reference()));
        List<Dated> older = new ArrayList<>();
        earlier.registrations().stream().filter(r -> !shown.contains(r.reference()))
                .forEach(r -> older.add(new Dated(r.registeredAt(), registrationRow(workplace, r, dayAndTime(r.registeredAt())))));
        earlier.events().stream().filter(e -> !shown.contains(e.reference()))
                .forEach(e -> older.add(new Dated(e.at(), eventRow(workplace, e, dayAndTime(e.at())))));
        older.sort(Comparator.comparing(Dated::at));
        List<Row> all = new ArrayList<>(older.stream().map(Dated::row).toList());
        all.addAll(lines.stream().map(Dated::row).toList());
        rows.setAll(all);
        long people = registrations.stream().map(r -> r.worker().key()).distinct().count()
                + events.stream().map(e -> e.worker().key()).distinct().count();
        long toCheck = registrations.stream().filter(r -> r.delivery().needsAttention()).count()
                + events.stream().filter(e -> e.delivery().needsAttention()).count() + older.size();
        summary.set(toCheck == 0 ? Msg.of("attendance.count", people)
                : Msg.of("attendance.countAndToCheck", people, toCheck));
    }

    private Row registrationRow(Workplace workplace, Registration r, String when) {
        return new Row(when, r.displayName().orElse(""), r.worker().masked(), employer(workplace, r.employer()),
                Msg.NONE, status(r.delivery(), false));
    }

    private Row eventRow(Workplace workplace, PresenceEvent e, String when) {
        return new Row(when, e.displayName().orElse(""), e.worker().masked(), employer(workplace, e.employer()),
                what(e), status(e.delivery(), true));
    }

    private String dayAndTime(Instant at) {
        return DAY_AND_TIME.format(at.atZone(zone));
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private static String employer(Workplace workplace, Optional<EnterpriseNumber> number) {
        return number.map(n -> workplace.companies().stream()
                .filter(c -> c.enterpriseNumber().equals(n)).map(c -> c.name()).findFirst()
                .orElse(n.formatted())).orElse("");
    }

    private static Msg what(PresenceEvent e) {
        if (e.direction() == Direction.IN) {
            return Msg.of("attendance.in");
        }
        return Msg.of(e.outReason().orElse(OutReason.END_OF_WORK) == OutReason.BREAK ? "attendance.break" : "attendance.end");
    }

    /**
     * The receipt, what the service remarked or refused and what to do about it, so the site
     * manager can act on it. A late event can still be corrected through the employer within 30
     * days; a late Checkinatwork registration cannot be sent at all (the service takes only its day).
     */
    static Msg status(Delivery delivery, boolean event) {
        Msg remark = delivery.remarks().isEmpty() ? Msg.NONE : ServiceRemarks.of(delivery.remarks().get(0));
        return switch (delivery.status()) {
            case ACCEPTED -> delivery.receiptNumber()
                    .map(n -> remark.isNone() ? Msg.of("attendance.status.accepted", n)
                            : Msg.of("attendance.status.acceptedWithRemark", n, remark,
                                    ServiceRemarks.remedy(delivery.remarks().get(0))))
                    .orElse(Msg.of("confirm.status.acceptedNoReceipt"));
            case REJECTED -> remark.isNone() ? Msg.of("attendance.status.rejected")
                    : Msg.of("attendance.status.rejectedBecause", remark);
            case EXPIRED -> Msg.of(event ? "attendance.status.expiredEvent" : "attendance.status.expired");
            case PENDING, SENT -> Msg.of("attendance.status.pending");
        };
    }

    public void onClose() {
        close.run();
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Msg> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
