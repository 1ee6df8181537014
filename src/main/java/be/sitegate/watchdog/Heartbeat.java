package be.sitegate.watchdog;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's heartbeat for systemd's watchdog ({@code WatchdogSec=} in sitegate-kiosk.service):
 * {@code WATCHDOG=1} at half the watchdog interval, but only while every probe answers (the screen's
 * thread, the outbox forwarder), so a hung kiosk stops beating and systemd restarts it. Until the
 * first screen shows ({@link #ready}), it beats unconditionally: start-up is bounded by the unit's
 * start timeout instead, and a long store migration must not count as a hang.
 */
public final class Heartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    /** Something that must stay alive, with a name for the log line that says which one stopped. */
    public record Probe(String name, BooleanSupplier alive) {
        public Probe {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(alive, "alive");
        }
    }

    private final Notifier notifier;
    private volatile List<Probe> probes = List.of();
    private volatile boolean ready;
    private String silentBefore = "";
    private boolean sendFailedBefore;
    private ScheduledExecutorService timer;

    public Heartbeat(Notifier notifier) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /**
     * Half of {@code WATCHDOG_USEC}, when systemd set one. {@code WATCHDOG_PID} is not checked: it
     * names the unit's main process, cage, of which the kiosk is a child (hence NotifyAccess=all).
     */
    public static Optional<Duration> interval(Map<String, String> environment) {
        try {
            long usec = Long.parseLong(environment.getOrDefault("WATCHDOG_USEC", ""));
            return usec > 0 ? Optional.of(Duration.ofNanos(usec * 1000 / 2)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One beat: asks every probe (each once) and says WATCHDOG=1 if all answered; returns whether it did. */
    public synchronized boolean tick() {
        String silent = probes.stream().filter(p -> !p.alive().getAsBoolean()).map(Probe::name)
                .collect(Collectors.joining(", "));
        if (ready && !silent.isEmpty()) {
            if (!silent.equals(silentBefore)) {
                LOG.error("watchdog: {} not answering; no heartbeat, so systemd restarts the kiosk", silent);
            }
            silentBefore = silent;
            return false;
        }
        if (!silentBefore.isEmpty()) {
            LOG.warn("watchdog: everything answers again (after {})", silentBefore);
            silentBefore = "";
        }
        send("WATCHDOG=1");
        return true;
    }

    /** The first screen shows: READY=1, and from now on these probes decide whether it beats. */
    public synchronized void ready(List<Probe> alive) {
        probes = List.copyOf(alive);
        ready = true;
        send("READY=1");
    }

    /** One line for {@code systemctl status}. */
    public void status(String text) {
        send("STATUS=" + text.replace('\n', ' '));
    }

    /** Beats on a daemon thread of its own every {@code interval}, starting now. */
    public synchronized void start(Duration interval) {
        if (timer != null) {
            throw new IllegalStateException("started already");
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitegate-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private synchronized void send(String message) {
        try {
            notifier.send(message);
            sendFailedBefore = false;
        } catch (IOException | RuntimeException e) {
            if (!sendFailedBefore) {
                LOG.warn("watchdog: cannot tell systemd '{}': {}", message, e.getMessage());
            }
            sendFailedBefore = true;
        }
    }
}
