package be.sitegate.app;

import be.sitegate.store.RetentionPurge;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge when the kiosk starts and once a day after, on a thread of its own so
 * neither the screen nor a worker's tap ever waits for it (the purge itself works in small
 * transactions). A failed purge is logged and tried again the next day: keeping data a day longer
 * is harmless, stopping the kiosk for it would not be.
 */
final class DailyRetention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DailyRetention.class);
    static final Duration EVERY = Duration.ofDays(1);

    private final RetentionPurge purge;
    private final int days;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitegate-retention");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    DailyRetention(RetentionPurge purge, int days) {
        this.purge = purge;
        this.days = days;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::runOnce, 0, EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    void runOnce() {
        try {
            purge.run(days);
        } catch (RuntimeException e) {
            LOG.warn("retention purge failed, tried again tomorrow: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
