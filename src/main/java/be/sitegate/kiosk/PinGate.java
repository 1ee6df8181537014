package be.sitegate.kiosk;

import be.sitegate.domain.Pin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door to the foreman's and site manager's screens. The PIN is set at the morning
 * initialisation, or given in the configuration as a hash (then it cannot be changed on the
 * kiosk). Two wrong tries are free; the third locks the door for 30 seconds and each further one for
 * twice as long (1 minute, 2 minutes... at most an hour), and the lock is stored, so
 * pulling the plug does not give a guesser fresh tries. A right PIN clears the count.
 */
public final class PinGate {

    static final int FREE_TRIES = 2;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(PinGate.class);

    private final PinRecords records;
    private final PinHasher hasher;
    private final Optional<String> configuredHash;
    private final Clock clock;

    public PinGate(PinRecords records, PinHasher hasher, Optional<String> configuredHash, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.configuredHash = Objects.requireNonNull(configuredHash, "configuredHash");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a PIN exists; until one does, the foreman's screens stay shut. */
    public boolean isSet() {
        return configuredHash.isPresent() || records.state().hash().isPresent();
    }

    /** Whether the PIN comes from the configuration, so the morning screen does not ask for one. */
    public boolean isConfigured() {
        return configuredHash.isPresent();
    }

    /**
     * Sets a new PIN (at the morning initialisation).
     *
     * @throws IllegalStateException when the configuration holds the PIN
     */
    public void set(Pin pin) {
        if (configuredHash.isPresent()) {
            throw new IllegalStateException("the PIN is set in the configuration (kiosk.pin-hash)");
        }
        records.setHash(hasher.hash(pin), clock.instant());
        LOG.info("a new foreman PIN was set");
    }

    public Attempt check(Pin pin) {
        PinRecords.State state = records.state();
        Instant now = clock.instant();
        if (state.lockedUntil().isPresent() && now.isBefore(state.lockedUntil().get())) {
            return new Attempt.Locked(state.lockedUntil().get());
        }
        Optional<String> hash = configuredHash.or(state::hash);
        if (hash.isPresent() && hasher.matches(pin, hash.get())) {
            if (state.failures() > 0) {
                records.recordSuccess();
            }
            return new Attempt.Granted();
        }
        int failures = state.failures() + 1;
        Optional<Instant> lockedUntil = failures > FREE_TRIES ? Optional.of(now.plus(lockFor(failures)))
                : Optional.empty();
        records.recordFailure(failures, lockedUntil);
        LOG.warn("wrong foreman PIN ({} in a row){}", failures,
                lockedUntil.map(until -> "; locked until " + until).orElse(""));
        return lockedUntil.<Attempt>map(Attempt.Locked::new).orElse(new Attempt.Wrong(FREE_TRIES - failures));
    }

    /** The lock after the n-th wrong try in a row: 30 s after the third, doubling, at most an hour. */
    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_TRIES - 1, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** The answer to a PIN typed at the door. */
    public sealed interface Attempt {
        record Granted() implements Attempt {
        }

        /** Wrong; after {@code triesBeforeLock} more wrong tries the next one locks the door. */
        record Wrong(int triesBeforeLock) implements Attempt {
        }

        /** Locked until then, whatever is typed. */
        record Locked(Instant until) implements Attempt {
        }
    }
}
