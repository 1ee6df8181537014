package be.sitegate.ui;

import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    private final ZoneId zone;
    private final Runnable close;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Msg> summary = new ReadOnlyObjectWrapper<>(Msg.NONE);

    AttendanceViewModel(ZoneId zone, Runnable close) {
        this.zone = zone;
        this.close = close;
    }

    void show(Workplace workplace, List<Registration> registrations, List<PresenceEvent> events) {
        record Dated(Instant at, Row row) {
        }
        List<Dated> lines = new ArrayList<>();
        for (Registration r : registrations) {
            lines.add(new Dated(r.registeredAt(), new Row(time(r.registeredAt()), r.displayName().orElse(""),
                    r.worker().masked(), employer(workplace, r.employer()), Msg.NONE, status(r.delivery()))));
        }
        for (PresenceEvent e : events) {
            lines.add(new Dated(e.at(), new Row(time(e.at()), e.displayName().orElse(""), e.worker().masked(),
                    employer(workplace, e.employer()), what(e), status(e.delivery()))));
        }
        lines.sort(Comparator.comparing(Dated::at).reversed());
        rows.setAll(lines.stream().map(Dated::row).toList());
        long people = registrations.stream().map(r -> r.worker().key()).distinct().count()
                + events.stream().map(e -> e.worker().key()).distinct().count();
        summary.set(Msg.of("attendance.count", people));
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

    /** The receipt, and what the service remarked or refused, so the site manager can act on it. */
    static Msg status(Delivery delivery) {
        Msg remark = delivery.remarks().isEmpty() ? Msg.NONE : ServiceRemarks.of(delivery.remarks().get(0));
        return switch (delivery.status()) {
            case ACCEPTED -> delivery.receiptNumber()
                    .map(n -> remark.isNone() ? Msg.of("attendance.status.accepted", n)
                            : Msg.of("attendance.status.acceptedWithRemark", n, remark))
                    .orElse(Msg.of("confirm.status.acceptedNoReceipt"));
            case REJECTED -> remark.isNone() ? Msg.of("attendance.status.rejected")
                    : Msg.of("attendance.status.rejectedBecause", remark);
            case DEAD -> Msg.of("attendance.status.dead");
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
