package be.sitegate.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept test key is the key its seed gives, read back instead of drawn; a damaged entry is drawn again. */
class SeededRsaKeysTest {

    @TempDir
    Path dir;

    private final AtomicInteger draws = new AtomicInteger();

    private Supplier<SecureRandom> seed(String purpose) {
        return () -> {
            draws.incrementAndGet();
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(purpose.getBytes(StandardCharsets.UTF_8));
                return random;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @AfterEach
    void keepNoMore() {
        SeededRsaKeys.keepIn(null);
    }

    @Test
    void aKeptKeyIsTheSeedsKeyAndIsNotDrawnAgain() throws Exception {
        Path file = dir.resolve("keys.properties");
        KeyPair unkept = SeededRsaKeys.draw("test", 1024, seed("test"));
        SeededRsaKeys.keepIn(file);
        KeyPair drawn = SeededRsaKeys.draw("test", 1024, seed("test"));
        KeyPair kept = SeededRsaKeys.draw("test", 1024, seed("test"));

        assertThat(drawn.getPrivate()).isEqualTo(unkept.getPrivate());
        assertThat(kept.getPrivate()).isEqualTo(drawn.getPrivate());
        assertThat(kept.getPublic()).isEqualTo(drawn.getPublic());
        assertThat(draws).hasValue(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aDamagedOrMismatchedEntryIsDrawnAgain() throws Exception {
        Path file = dir.resolve("keys.properties");
        SeededRsaKeys.keepIn(file);
        KeyPair first = SeededRsaKeys.draw("a", 1024, seed("a"));
        KeyPair other = SeededRsaKeys.draw("b", 1024, seed("b"));
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String aPublic = text.lines().filter(l -> l.startsWith("rsa-1024/a=")).findFirst().orElseThrow().split(" ")[1];
        String bPublic = text.lines().filter(l -> l.startsWith("rsa-1024/b=")).findFirst().orElseThrow().split(" ")[1];
        Files.writeString(file, text.replace(aPublic, bPublic), StandardCharsets.ISO_8859_1);

        assertThat(SeededRsaKeys.draw("a", 1024, seed("a")).getPrivate()).isEqualTo(first.getPrivate());
        assertThat(draws).hasValue(3);

        Files.writeString(file, "rsa-1024/b=garbage", StandardCharsets.ISO_8859_1);
        assertThat(SeededRsaKeys.draw("b", 1024, seed("b")).getPrivate()).isEqualTo(other.getPrivate());
        assertThat(draws).hasValue(4);
    }
}
