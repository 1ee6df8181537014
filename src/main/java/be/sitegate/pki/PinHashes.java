package be.sitegate.pki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A PIN as a salted slow hash: Argon2id (BouncyCastle), written as a PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so a site manager can put one in the
 * configuration and a later version can raise the cost and still read the old ones. The cost is
 * OWASP's minimum for Argon2id (19 MiB, 2 passes): a tenth of a second on a kiosk, and every guess
 * costs an attacker who copied the file as much memory.
 */
public final class PinHashes {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHashes() {
    }

    /** @param pin the PIN's digits (checked by the caller) */
    public static String hash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(pin, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(out);
    }

    /** Whether the PIN is the one hashed; false for a hash that is not a PHC Argon2id string. */
    public static boolean matches(String pin, String encoded) {
        Matcher m = PHC.matcher(encoded.strip());
        if (!m.matches()) {
            return false;
        }
        byte[] salt = B64_IN.decode(m.group(4));
        byte[] expected = B64_IN.decode(m.group(5));
        byte[] actual = derive(pin, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a configured value can be a PIN hash at all: checked at start, not at the first try. */
    public static boolean isWellFormed(String encoded) {
        return encoded != null && PHC.matcher(encoded.strip()).matches();
    }

    private static byte[] derive(String pin, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(pin.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
