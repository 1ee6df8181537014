package be.sitegate.reliability;

import be.sitegate.domain.BelgianTime;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.statusbar.StatusBarViewModel;
import java.time.Instant;
import java.util.List;

/**
 * Whether what the kiosk tells its status bar is true at one step of a fault: the status source's
 * connection, pending count and reason, and what the bar's view model makes of them (no screen:
 * the view model holds the bar's state). A false step is an {@link AssertionError} saying which.
 */
final class StatusBarTruth {

    private final StatusBarViewModel bar = new StatusBarViewModel(BelgianTime.ZONE);

    /** True while the fault lasts, {@code waiting} registrations having been made during it and none delivered. */
    boolean holdsDuring(ServiceFault fault, SyncStatus status, int waiting) {
        if (fault.deliversDuringTheFault()) {
            return holdsOnline(status);
        }
        return status.connection() == fault.shown() && status.waiting() == waiting
                && status.lastError().map(e -> fault.reasons().stream().anyMatch(e::startsWith)).orElse(false)
                && status.toAcknowledge() == 0;
    }

    /** Once the service is back and everything is in: online, nothing waiting, nothing for the foreman. */
    boolean holdsOnline(SyncStatus status) {
        return status.connection() == Connection.ONLINE && status.waiting() == 0 && status.toAcknowledge() == 0
                && status.lastError().isEmpty();
    }

    /** The bar's view model shown {@code status}: it must say what the status says. */
    void checkBar(ServiceFault fault, SyncStatus status, boolean faultOn) {
        bar.onTick(Instant.now());
        bar.onSync(status);
        Connection expected = faultOn && !fault.deliversDuringTheFault() ? fault.shown() : Connection.ONLINE;
        String connectionKey = switch (expected) {
            case CONNECTING -> "status.connecting";
            case ONLINE -> "status.online";
            case OFFLINE -> "status.offline";
            case REFUSING -> "status.refusing";
            case NOT_ACCEPTED -> "status.notAccepted";
        };
        require(bar.connectionProperty().get().key().equals(connectionKey), fault, "the bar's connection says "
                + bar.connectionProperty().get().key() + ", not " + connectionKey);
        require(bar.onlineProperty().get() == (expected == Connection.ONLINE), fault,
                "the bar's online flag is " + bar.onlineProperty().get());
        Msg queue = bar.queueProperty().get();
        if (status.waiting() == 0) {
            require(queue.key().equals("status.queue.empty"), fault, "the bar's queue says " + queue);
        } else {
            require(queue.key().equals("status.queue") && queue.args().get(0).equals(status.waiting()), fault,
                    "the bar's queue says " + queue + " for " + status.waiting() + " waiting");
        }
        require(bar.attentionProperty().get().isNone(), fault, "the bar asks for the foreman's attention");
    }

    /** No status published while the fault had already met the kiosk may claim the service is fine. */
    static void neverOnline(ServiceFault fault, List<StatusTrail.Seen> whileFailing) {
        for (StatusTrail.Seen s : whileFailing) {
            require(s.status().connection() == fault.shown(), fault, "said " + s.status().connection()
                    + " during the fault: " + s.status());
        }
    }

    private static void require(boolean holds, ServiceFault fault, String what) {
        if (!holds) {
            throw new AssertionError(fault + ": " + what);
        }
    }
}
