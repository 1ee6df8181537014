package be.sitegate.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** When the kiosk says it is alive, decided without systemd: on a recording notifier. */
class HeartbeatTest {

    private final List<String> sent = new ArrayList<>();
    private final Heartbeat heartbeat = new Heartbeat(sent::add);
    private final List<Runnable> fxQueue = new ArrayList<>();
    /** A screen thread that runs what it is given only when the test says so. */
    private final Executor fxThread = fxQueue::add;
    private final AtomicBoolean forwarderAlive = new AtomicBoolean(true);

    @Test
    void whileBothAnswerItBeatsEveryTime() {
        heartbeat.ready(probes());
        for (int i = 0; i < 3; i++) {
            runFx();
            assertThat(heartbeat.tick()).isTrue();
        }
        assertThat(sent).containsExactly("READY=1", "WATCHDOG=1", "WATCHDOG=1", "WATCHDOG=1");
    }

    @Test
    void aStuckScreenThreadStopsTheHeartbeat() {
        heartbeat.ready(probes());
        runFx();
        assertThat(heartbeat.tick()).isTrue(); // posts a ping the thread never runs
        assertThat(heartbeat.tick()).isFalse();
        assertThat(heartbeat.tick()).isFalse();
        assertThat(sent).containsExactly("READY=1", "WATCHDOG=1");

        runFx(); // it answers again: the heartbeat resumes
        assertThat(heartbeat.tick()).isTrue();
    }

    @Test
    void aStuckForwarderStopsTheHeartbeatThoughTheScreenAnswers() {
        heartbeat.ready(probes());
        forwarderAlive.set(false);
        runFx();
        assertThat(heartbeat.tick()).isFalse();
        assertThat(sent).containsExactly("READY=1");
    }

    @Test
    void beforeTheFirstScreenItBeatsWhateverTheProbesSay() {
        forwarderAlive.set(false);
        assertThat(heartbeat.tick()).isTrue();
        assertThat(sent).containsExactly("WATCHDOG=1");
    }

    @Test
    void aScreenThreadThatIsGoneIsStuck() {
        ThreadPing ping = new ThreadPing(task -> {
            throw new IllegalStateException("Toolkit has exited");
        });
        assertThat(ping.getAsBoolean()).isFalse();
        assertThat(ping.getAsBoolean()).isFalse();
    }

    @Test
    void theIntervalIsHalfOfSystemdsWatchdogAndNothingWithoutOne() {
        assertThat(Heartbeat.interval(Map.of("WATCHDOG_USEC", "60000000"))).contains(Duration.ofSeconds(30));
        assertThat(Heartbeat.interval(Map.of())).isEmpty();
        assertThat(Heartbeat.interval(Map.of("WATCHDOG_USEC", "soon"))).isEmpty();
    }

    private List<Heartbeat.Probe> probes() {
        return List.of(new Heartbeat.Probe("the screen's thread", new ThreadPing(fxThread)),
                new Heartbeat.Probe("the outbox forwarder", forwarderAlive::get));
    }

    private void runFx() {
        List<Runnable> due = List.copyOf(fxQueue);
        fxQueue.clear();
        due.forEach(Runnable::run);
    }
}
