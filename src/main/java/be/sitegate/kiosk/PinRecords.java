package be.sitegate.kiosk;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the PIN's hash and its wrong tries are kept across restarts. Implemented over the SQLite
 * store ({@code be.sitegate.store}).
 */
public interface PinRecords {

    record State(Optional<String> hash, int failures, Optional<Instant> lockedUntil) {
    }

    State state();

    void setHash(String hash, Instant at);

    void recordFailure(int failures, Optional<Instant> lockedUntil);

    void recordSuccess();
}
