package be.sitegate.sound;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The bundled outcome sounds (one small WAV file per outcome, made by the tests' {@code ToneFiles}),
 * read once and kept as raw samples at the configured volume, so playing one is a plain write.
 */
final class OutcomeTones {

    static final int FORMAT_SAMPLE_RATE = 16_000;
    /** 16 kHz, 16-bit signed little-endian mono: small, and every sound card takes it. */
    static final AudioFormat FORMAT = new AudioFormat(FORMAT_SAMPLE_RATE, 16, 1, true, false);

    private final Map<Tone, byte[]> samples = new EnumMap<>(Tone.class);

    /** @param volume 1 to 100 (percent of the files' own level) */
    OutcomeTones(int volume) {
        for (Tone outcome : Tone.values()) {
            samples.put(outcome, scaled(read(outcome), volume));
        }
    }

    static String fileName(Tone outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".wav";
    }

    byte[] samples(Tone outcome) {
        return samples.get(outcome);
    }

    private static byte[] read(Tone outcome) {
        String name = fileName(outcome);
        InputStream resource = OutcomeTones.class.getResourceAsStream(name);
        if (resource == null) {
            throw new IllegalStateException("the outcome sound " + name + " is missing from the build");
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
            if (!in.getFormat().matches(FORMAT)) {
                throw new IllegalStateException("the outcome sound " + name + " is not " + FORMAT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outcome sound " + name, e);
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalStateException("the outcome sound " + name + " is not a WAV file", e);
        }
    }

    /**
     * Scales every sample. The ear hears loudness roughly logarithmically, so the percentage is
     * squared: 50 sounds about half as loud as 100, not barely softer.
     */
    static byte[] scaled(byte[] pcm, int volume) {
        double gain = Math.pow(volume / 100.0, 2);
        byte[] out = new byte[pcm.length];
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int sample = (short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8));
            int value = (int) Math.round(sample * gain);
            out[i] = (byte) value;
            out[i + 1] = (byte) (value >> 8);
        }
        return out;
    }
}
