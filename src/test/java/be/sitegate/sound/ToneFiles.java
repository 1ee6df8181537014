package be.sitegate.sound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Makes the three bundled outcome sounds, so they are ours (no licence to track) and can be made
 * again: simple tones with a soft start and end (no clicks), 16 kHz mono, a few hundred ms each.
 * Registered rises (two bright notes), flagged repeats one middle note (attention), not registered
 * falls low and rough (a buzz), so they differ by ear even on a poor speaker.
 *
 * <p>{@code mvn -o test-compile exec:java} is not set up; run it from the IDE or with
 * {@code java -cp target/classes:target/test-classes be.sitegate.sound.ToneFiles src/main/resources/be/sitegate/sound}.
 * {@link BundledTonesTest} fails when the bundled files differ from what this makes.
 */
public final class ToneFiles {

    private static final int RATE = OutcomeTones.FORMAT_SAMPLE_RATE;

    /** One note: frequency (Hz), length (ms), and how much of the third harmonic roughens it. */
    private record Note(double hz, int ms, double roughness) {
        static Note rest(int ms) {
            return new Note(0, ms, 0);
        }
    }

    private ToneFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/be/sitegate/sound");
        Files.createDirectories(dir);
        for (Tone outcome : Tone.values()) {
            Files.write(dir.resolve(OutcomeTones.fileName(outcome)), wav(outcome));
        }
    }

    static byte[] wav(Tone outcome) {
        return switch (outcome) {
            case REGISTERED -> wav(new Note(1047, 110, 0), new Note(1568, 190, 0));
            case FLAGGED -> wav(new Note(880, 140, 0.1), Note.rest(70), new Note(880, 140, 0.1), Note.rest(70),
                    new Note(880, 140, 0.1));
            case NOT_REGISTERED -> wav(new Note(392, 230, 0.45), new Note(262, 330, 0.45));
        };
    }

    private static byte[] wav(Note... notes) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (Note note : notes) {
            int samples = RATE * note.ms() / 1000;
            int fade = RATE * 8 / 1000; // 8 ms in and out
            for (int i = 0; i < samples; i++) {
                double t = (double) i / RATE;
                double envelope = Math.min(1.0, Math.min(i, samples - 1 - i) / (double) fade);
                double wave = note.hz() == 0 ? 0 : Math.sin(2 * Math.PI * note.hz() * t)
                        + note.roughness() * Math.sin(2 * Math.PI * 3 * note.hz() * t);
                short value = (short) Math.round(0.6 * Short.MAX_VALUE * envelope * wave / (1 + note.roughness()));
                pcm.write(value & 0xFF);
                pcm.write((value >> 8) & 0xFF);
            }
        }
        byte[] bytes = pcm.toByteArray();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), OutcomeTones.FORMAT,
                bytes.length / 2L); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
