package be.sitegate.ui;

import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.ui.attendance.AttendanceViewModel;
import be.sitegate.ui.shared.Threads;
import java.util.Optional;

/**
 * Opens the foreman's list of today's registrations: read on the background thread, shown unless
 * something else came first, and closed by itself like any other screen.
 */
final class AttendanceOpening {

    private final Optional<AttendanceLog> log;
    private final KioskSession session;
    private final Threads threads;
    private final KioskFlow flow;
    private final AttendanceViewModel attendance;

    AttendanceOpening(Optional<AttendanceLog> log, KioskSession session, Threads threads, KioskFlow flow,
            AttendanceViewModel attendance) {
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
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    attendance.show(workplace, registrations, events, earlier);
                    flow.showForeman(Screen.ATTENDANCE);
                }
            });
        });
    }
}
