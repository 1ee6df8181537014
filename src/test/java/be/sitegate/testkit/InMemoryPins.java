package be.sitegate.testkit;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinHasher;
import be.sitegate.kiosk.PinRecords;
import java.time.Instant;
import java.util.Optional;

/** The PIN's records in memory, and a hasher fast enough for unit tests ("h:" + digits; never in production). */
public final class InMemoryPins implements PinRecords {

    public static final PinHasher FAST_HASHER = new PinHasher() {
        @Override
        public String hash(Pin pin) {
            return "h:" + pin.digits();
        }

        @Override
        public boolean matches(Pin pin, String hash) {
            return hash.equals("h:" + pin.digits());
        }
    };

    private State state = new State(Optional.empty(), 0, Optional.empty());

    @Override
    public synchronized State state() {
        return state;
    }

    @Override
    public synchronized void setHash(String hash, Instant at) {
        state = new State(Optional.of(hash), 0, Optional.empty());
    }

    @Override
    public synchronized void recordFailure(int failures, Optional<Instant> lockedUntil) {
        state = new State(state.hash(), failures, lockedUntil);
    }

    @Override
    public synchronized void recordSuccess() {
        state = new State(state.hash(), 0, Optional.empty());
    }
}
