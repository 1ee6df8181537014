package be.sitegate.sync;

import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.CentralRequestRefusedException;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.CentralPresenceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's copy of what the central service knows about today's workplace fresh, so that
 * registrations made through other channels (the online form, another kiosk) show in attendance.
 * Runs on its own daemon thread; a failed pull keeps the previous copy. The real service keeps its
 * search for the inspection: a service that refuses it as not offered is not asked again until the
 * kiosk restarts, and the kiosk goes on with its own records.
 */
public final class CentralPresencePuller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralPresencePuller.class);

    private final PresenceSearch search;
    private final CentralPresenceStore store;
    private final Supplier<Optional<WorkplaceId>> workplace;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitegate-central-presence-puller");
        t.setDaemon(true);
        return t;
    });
    private volatile Optional<Instant> lastSuccess = Optional.empty();
    private volatile Optional<String> lastError = Optional.empty();
    private volatile boolean offered = true;

    /** @param workplace the workplace the kiosk is initialised for today, empty before initialisation */
    public CentralPresencePuller(PresenceSearch search, CentralPresenceStore store,
            Supplier<Optional<WorkplaceId>> workplace, Clock clock) {
        this.search = search;
        this.store = store;
        this.workplace = workplace;
        this.clock = clock;
    }

    /** Pulls now and then every {@code interval}. */
    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::pullQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pull on the caller's thread: the number of central presences stored, or the failure. */
    public int pullNow() {
        Optional<WorkplaceId> site = workplace.get();
        if (site.isEmpty() || !offered) {
            return 0;
        }
        LocalDate today = BelgianTime.today(clock);
        List<CentralPresence> presences;
        try {
            presences = search.search(site.get(), today, today).stream().map(CentralPresencePuller::toPresence).toList();
        } catch (CentralRequestRefusedException e) {
            if (e.operationNotOffered()) {
                offered = false;
                LOG.warn("the central service does not offer its search to this kiosk ({}); the attendance list "
                        + "shows this kiosk's own records until the kiosk restarts. Remove search from central.offers",
                        e.code());
                return 0;
            }
            throw e;
        }
        store.replaceDay(site.get(), today, presences);
        lastSuccess = Optional.of(clock.instant());
        lastError = Optional.empty();
        return presences.size();
    }

    private void pullQuietly() {
        try {
            int n = pullNow();
            LOG.debug("central presences refreshed: {}", n);
        } catch (CentralException e) {
            lastError = Optional.of(e.reasonCode());
            LOG.info("central presences not refreshed: {}", e.reasonCode());
        } catch (RuntimeException e) {
            // Never let one failure end the schedule.
            lastError = Optional.of("INTERNAL");
            LOG.warn("central presences not refreshed", e);
        }
    }

    public Optional<Instant> lastSuccess() {
        return lastSuccess;
    }

    public Optional<String> lastError() {
        return lastError;
    }

    static CentralPresence toPresence(CentralRegistration r) {
        return new CentralPresence(r.presenceRegistrationId(), r.workplace(), r.worker(), r.company(),
                r.registrationDate(), r.direction(), r.timestamp(), r.channel(), r.clientReference(), r.status().wire());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
