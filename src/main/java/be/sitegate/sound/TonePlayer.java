package be.sitegate.sound;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the bundled tones on the default sound device, one after the other on a thread of their
 * own, so the screen never waits for a speaker. No device, a busy one or a broken one only costs
 * the sound: one log line, never an error to the worker. Volume 0 plays nothing and opens nothing.
 */
public final class TonePlayer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TonePlayer.class);

    /** Where a sound goes: the default device's line; tests give one that fails like a missing device. */
    interface Lines {
        SourceDataLine line() throws Exception;
    }

    private final OutcomeTones tones;
    private final Lines lines;
    private final ExecutorService player;
    /** The first failure is logged at WARN (the site manager may want to plug a speaker in); later ones at DEBUG. */
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    /** @param volume 0 (off) to 100 */
    public TonePlayer(int volume) {
        this(volume, () -> AudioSystem.getSourceDataLine(OutcomeTones.FORMAT));
    }

    TonePlayer(int volume, Lines lines) {
        this.lines = lines;
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("volume must be 0 to 100, got " + volume);
        }
        this.tones = volume == 0 ? null : new OutcomeTones(volume);
        this.player = volume == 0 ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outcome-sounds");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the tone and returns at once. */
    public void play(Tone outcome) {
        if (player == null) {
            return;
        }
        try {
            player.execute(() -> playNow(outcome));
        } catch (RejectedExecutionException e) {
            // closed: the kiosk is shutting down
        }
    }

    private void playNow(Tone outcome) {
        byte[] samples = tones.samples(outcome);
        try (SourceDataLine line = lines.line()) {
            line.open(OutcomeTones.FORMAT);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            // LineUnavailableException, IllegalArgumentException (no such line), or a broken sound system.
            if (failureLogged.compareAndSet(false, true)) {
                LOG.warn("outcome sounds cannot be played ({}); the kiosk goes on without them", e.toString());
            } else {
                LOG.debug("outcome sound {} not played: {}", outcome, e.toString());
            }
        }
    }

    @Override
    public void close() {
        if (player != null) {
            player.shutdownNow();
        }
    }
}
