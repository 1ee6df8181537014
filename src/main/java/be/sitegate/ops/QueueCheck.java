package be.sitegate.ops;

import be.sitegate.store.StoreInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox: how long its oldest record has been waiting, and how many refused or not-sent-in-time
 * records nobody has acknowledged. A registration must reach the service on its own day: waiting
 * over 15 minutes is a warning (the connection is in trouble), over 4 hours a failure (the day's
 * registrations are at risk). Records needing a look are a warning: a person's task on the kiosk's
 * screens, not a fault of the kiosk.
 */
public final class QueueCheck implements Check {

    public static final Duration WARN_WAITING = Duration.ofMinutes(15);
    public static final Duration FAIL_WAITING = Duration.ofHours(4);

    private final Path storeFile;
    private final Clock clock;

    public QueueCheck(Path storeFile, Clock clock) {
        this.storeFile = storeFile;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public CheckResult run() {
        if (!Files.exists(storeFile)) {
            return CheckResult.ok(name(), "empty (no database yet)");
        }
        StoreInspection.Report report = StoreInspection.inspect(storeFile, StoreInspection.Depth.QUICK);
        if (!report.intact()) {
            return CheckResult.fail(name(), "not read: the database is damaged", "see the database check");
        }
        var counts = report.outbox();
        List<String> parts = new ArrayList<>();
        Duration waited = report.oldestWaiting().map(t -> Duration.between(t, clock.instant())).orElse(Duration.ZERO);
        parts.add(counts.waiting() == 0 ? "nothing waiting"
                : counts.waiting() + " waiting, the oldest since " + report.oldestWaiting().map(Instant::toString)
                        .orElse("?") + " (" + waited.toMinutes() + " min)");
        int refused = counts.rejected();
        int expired = counts.expired();
        parts.add(refused + " refused, " + expired + " not sent in time, " + counts.toAcknowledge()
                + " of them not yet acknowledged");
        String detail = String.join("; ", parts);
        if (counts.waiting() > 0 && waited.compareTo(FAIL_WAITING) > 0) {
            return CheckResult.fail(name(), detail, "the kiosk cannot send: see the central service, certificate and"
                    + " clock checks; registrations not sent on their day cannot be sent later");
        }
        if (counts.waiting() > 0 && waited.compareTo(WARN_WAITING) > 0) {
            return CheckResult.warn(name(), detail, "the kiosk is not sending: see the central service check;"
                    + " 'Send now' on the administration screen tries at once");
        }
        if (counts.toAcknowledge() > 0) {
            return CheckResult.warn(name(), detail, "the foreman's list shows them: correct and resend the refused"
                    + " ones, register the not-sent-in-time ones another way, then acknowledge each");
        }
        return CheckResult.ok(name(), detail);
    }
}
