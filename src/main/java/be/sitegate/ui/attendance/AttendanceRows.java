package be.sitegate.ui.attendance;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.MissingWorker;
import be.sitegate.kiosk.AttendanceStatus;
import be.sitegate.kiosk.AttendanceSummary;
import be.sitegate.kiosk.PersonDay;
import be.sitegate.kiosk.Shift;
import be.sitegate.ui.shared.Msg;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Turns a person's day into the texts of one line of the list: times in the kiosk's zone,
 * durations as hours:minutes, the masked number, and the status in plain words. Nothing here
 * decides who is on site or how long: that is {@link AttendanceSummary}'s rule.
 */
final class AttendanceRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final ZoneId zone;

    AttendanceRows(ZoneId zone) {
        this.zone = zone;
    }

    AttendanceViewModel.Row today(PersonDay p) {
        return row(p, time(p.firstSeen()), false);
    }

    /** A record of an earlier day that still needs the foreman: dated, and never "on site". */
    AttendanceViewModel.Row earlier(PersonDay p) {
        return row(p, DAY_AND_TIME.format(p.firstSeen().atZone(zone)), true);
    }

    AttendanceViewModel.MissingRow missing(MissingWorker m, AttendanceSummary summary) {
        return new AttendanceViewModel.MissingRow(m.displayName().orElse(""), m.worker().masked(),
                summary.employerName(m.employer()), DAY.format(m.lastDay()), m.days());
    }

    private AttendanceViewModel.Row row(PersonDay p, String when, boolean earlier) {
        Shift shift = earlier ? null : p.shift().orElse(null);
        boolean event = p.shift().isPresent();
        return new AttendanceViewModel.Row(when, p.displayName().orElse(""), p.worker().masked(), p.employerName(),
                identification(p.method()), AttendanceViewModel.status(p.delivery(), event), p.status(), p.otherChannel(),
                earlier,
                shift == null ? "" : shift.firstIn().map(this::time).orElse(""),
                shift == null ? "" : shift.lastOut().map(this::time).orElse(""),
                shift == null || shift.breaks() == 0 ? "" : shift.breaks() + " · " + duration(shift.breakTime()),
                shift == null ? "" : duration(shift.onSite()),
                shift == null ? Msg.NONE : Msg.of("attendance.presence." + shift.presence().name()),
                !earlier && p.onSiteNow());
    }

    static Msg identification(IdentificationMethod method) {
        return Msg.of("attendance.identification." + method.name());
    }

    static Msg statusName(AttendanceStatus status) {
        return Msg.of("attendance.filter." + status.name());
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }
}
