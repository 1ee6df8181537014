package be.sitegate.app;

import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.Subscription;
import be.sitegate.store.StoreException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the kiosk find out by itself that storing works again: once at start-up (a disk that is
 * already full shows at once, not at the first worker), then, while the store fails, the write probe
 * every {@code interval} until it passes. A damaged store is not probed: a fresh table can be written
 * while the damaged pages still fail every registration, and only a restored backup mends it; a
 * registration that does get stored still clears it.
 */
public final class StorageRecovery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageRecovery.class);

    private final StorageHealth health;
    private final Runnable probe;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storage-probe");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> probing;
    private Subscription subscription;

    /** {@code probe} throws the {@link StoreException} a registration would get while storing fails. */
    public StorageRecovery(StorageHealth health, Runnable probe, Duration interval) {
        this.health = health;
        this.probe = probe;
        this.interval = interval;
    }

    /**
     * Probes once before returning (one small committed write, like the store's own start-up
     * write), so the health is right before the first screen shows; then follows the health.
     */
    public void start() {
        subscription = health.subscribe(this::onHealth);
        probeOnce();
    }

    /** Called under the health's lock: only (un)schedules, never probes here. */
    private synchronized void onHealth(StorageHealth.State state) {
        boolean worthProbing = state instanceof StorageHealth.Failing f
                && f.reason() != StorageFailedException.Reason.CORRUPT;
        if (worthProbing && probing == null && !scheduler.isShutdown()) {
            probing = scheduler.scheduleWithFixedDelay(this::probeWhileFailing, interval.toMillis(),
                    interval.toMillis(), TimeUnit.MILLISECONDS);
        } else if (!worthProbing && probing != null) {
            probing.cancel(false);
            probing = null;
        }
    }

    private void probeWhileFailing() {
        if (health.current() instanceof StorageHealth.Failing f && f.reason() != StorageFailedException.Reason.CORRUPT) {
            probeOnce();
        }
    }

    private void probeOnce() {
        StorageHealth.State before = health.current();
        try {
            probe.run();
        } catch (StoreException e) {
            if (before instanceof StorageHealth.Failing) {
                LOG.debug("the store still cannot be written: {}", e.getMessage());
            } else {
                LOG.error("the store cannot be written: {}", e.getMessage());
            }
            health.failed(StorageFaults.reasonOf(e));
            return;
        } catch (RuntimeException e) {
            LOG.warn("the storage probe failed unexpectedly", e);
            return;
        }
        if (before instanceof StorageHealth.Failing f) {
            LOG.info("the store can be written again (it failed with {} since {})", f.reason(), f.since());
        }
        health.stored();
    }

    /** Waits for a probe under way, so the store is never closed under it (which would log a false failure). */
    @Override
    public void close() {
        if (subscription != null) {
            subscription.cancel();
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("a storage probe is still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
