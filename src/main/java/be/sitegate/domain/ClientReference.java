package be.sitegate.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The kiosk's own reference for one registration or event (the central service's
 * {@code ClientPresenceRegistrationReference}, at most 24 characters). It is created once, stored
 * with the record, and sent with every attempt, so the service can recognise a retry of something it
 * already accepted: the idempotency key of the outbox.
 */
public record ClientReference(String value) {

    public static final int MAX_LENGTH = 24;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,24}");
    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final RandomGenerator RANDOM = new SecureRandom();

    public ClientReference {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a client reference is 1-24 letters, digits, '-' or '_'");
        }
    }

    /**
     * {@code SG} + 10 characters of time (ms, base 32, sortable) + 12 random characters: 24 in all,
     * unique across kiosks without coordination (60 random bits per millisecond).
     */
    public static ClientReference generate(Instant now) {
        char[] out = new char[MAX_LENGTH];
        out[0] = 'S';
        out[1] = 'G';
        long millis = now.toEpochMilli();
        for (int i = 11; i >= 2; i--) {
            out[i] = BASE32[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 12; i < MAX_LENGTH; i++) {
            out[i] = BASE32[RANDOM.nextInt(32)];
        }
        return new ClientReference(new String(out));
    }

    @Override
    public String toString() {
        return value;
    }
}
