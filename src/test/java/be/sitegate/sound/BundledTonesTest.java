package be.sitegate.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/** The bundled outcome sounds: ours, short, small, distinct; and playing them never fails the kiosk. */
class BundledTonesTest {

    private static byte[] bundled(Tone outcome) throws IOException {
        try (InputStream in = OutcomeTones.class.getResourceAsStream(OutcomeTones.fileName(outcome))) {
            assertThat(in).as("%s bundled", outcome).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theBundledFilesAreWhatTheGeneratorMakes() throws IOException {
        for (Tone outcome : Tone.values()) {
            assertThat(bundled(outcome)).as("%s: run ToneFiles again", outcome).isEqualTo(ToneFiles.wav(outcome));
        }
    }

    @Test
    void eachSoundIsAShortSmallWavInTheKiosksFormat() throws Exception {
        for (Tone outcome : Tone.values()) {
            byte[] file = bundled(outcome);
            assertThat(file.length).as("%s bytes", outcome).isLessThan(24_000);
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(file))) {
                assertThat(in.getFormat().matches(OutcomeTones.FORMAT)).isTrue();
                double seconds = in.getFrameLength() / (double) OutcomeTones.FORMAT_SAMPLE_RATE;
                assertThat(seconds).as("%s seconds", outcome).isBetween(0.2, 0.7);
            }
        }
    }

    @Test
    void theThreeOutcomesSoundDifferent() {
        OutcomeTones tones = new OutcomeTones(100);
        assertThat(EnumSet.allOf(Tone.class).stream().map(o -> Arrays.hashCode(tones.samples(o))).distinct())
                .hasSize(3);
    }

    @Test
    void theVolumeScalesTheSamplesAndHalfIsAQuarterOfTheAmplitude() {
        byte[] loud = {(byte) 0x00, (byte) 0x40, (byte) 0x00, (byte) 0xC0}; // +16384, -16384
        byte[] half = OutcomeTones.scaled(loud, 50);
        assertThat((short) ((half[0] & 0xFF) | (half[1] << 8))).isEqualTo((short) 4096);
        assertThat((short) ((half[2] & 0xFF) | (half[3] << 8))).isEqualTo((short) -4096);
        assertThat(OutcomeTones.scaled(loud, 100)).isEqualTo(loud);
    }

    @Test
    void withoutASoundDevicePlayingReturnsNeverThrowsAndTheNextSoundIsStillTried() throws Exception {
        // A line source that fails as a machine without a sound device does (Xvfb, CI); no real sound is played.
        CountDownLatch tried = new CountDownLatch(Tone.values().length);
        try (TonePlayer sounds = new TonePlayer(40, () -> {
            tried.countDown();
            throw new LineUnavailableException("no sound device");
        })) {
            for (Tone outcome : Tone.values()) {
                sounds.play(outcome);
            }
            assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void volumeZeroOpensNoLineAndAVolumeOutOfRangeIsRefused() {
        try (TonePlayer off = new TonePlayer(0, () -> {
            throw new AssertionError("volume 0 must not open a line");
        })) {
            off.play(Tone.REGISTERED);
        }
        assertThatThrownBy(() -> new TonePlayer(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TonePlayer(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
