package be.sitegate.ui;

import be.sitegate.domain.Correction;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.ui.attendance.AttendanceDay;
import be.sitegate.ui.attendance.AttendanceViewModel;
import be.sitegate.ui.shared.Threads;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the foreman's list of today's attendance: read on the background thread, shown unless
 * something else came first, and closed by itself like any other screen unless the foreman keeps
 * using it. The one way to the list, so a PIN can be put in front of it here.
 */
final class AttendanceOpening {

    private static final Logger LOG = LoggerFactory.getLogger(AttendanceOpening.class);

    private final Optional<AttendanceLog> log;
    private final KioskSession session;
    private final Threads threads;
    private final KioskFlow flow;
    private final AttendanceViewModel attendance;
    /** Today's corrections, so a corrected line says what was done; none without corrections. */
    private final Supplier<List<Correction>> corrections;

    AttendanceOpening(Optional<AttendanceLog> log, KioskSession session, Threads threads, KioskFlow flow,
            AttendanceViewModel attendance) {
        this(log, session, threads, flow, attendance, List::of);
    }

    AttendanceOpening(Optional<AttendanceLog> log, KioskSession session, Threads threads, KioskFlow flow,
            AttendanceViewModel attendance, Supplier<List<Correction>> corrections) {
        this.corrections = corrections;
        this.log = log;
        this.session = session;
        this.threads = threads;
        this.flow = flow;
        this.attendance = attendance;
    }

    /** Without a log (a kiosk that keeps none) the list is not offered at all. */
    boolean available() {
        return log.isPresent();
    }

    void open() {
        var current = session.current();
        if (log.isEmpty() || current.isEmpty()) {
            return;
        }
        long mine = flow.beginTurn();
        var workplace = current.get().workplace();
        var today = session.today();
        threads.background().execute(() -> {
            var registrations = log.get().registrations(workplace.id(), today);
            var events = log.get().events(workplace.id(), today);
            var earlier = log.get().needingAttention(workplace.id());
            var missing = log.get().missing(workplace.id(), today);
            var day = new AttendanceDay(workplace, today, registrations, events, earlier, missing, corrected());
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    attendance.show(day);
                    flow.showForeman(Screen.ATTENDANCE);
                }
            });
        });
    }

    private List<Correction> corrected() {
        try {
            return corrections.get();
        } catch (RuntimeException e) {
            // The list matters more than its notes: it opens without them.
            LOG.warn("today's corrections cannot be read for the list: {}", e.toString());
            return List.of();
        }
    }

    /** The foreman tapped a tab, a filter or the search: the list waits for them afresh. */
    void keepOpen() {
        flow.activity();
    }
}
