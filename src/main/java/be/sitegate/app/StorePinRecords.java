package be.sitegate.app;

import be.sitegate.kiosk.PinRecords;
import be.sitegate.store.PinStore;
import java.time.Instant;
import java.util.Optional;

/** The PIN's hash and wrong tries in the kiosk's SQLite store. */
final class StorePinRecords implements PinRecords {

    private final PinStore store;

    StorePinRecords(PinStore store) {
        this.store = store;
    }

    @Override
    public State state() {
        PinStore.State s = store.state();
        return new State(s.hash(), s.failures(), s.lockedUntil());
    }

    @Override
    public void setHash(String hash, Instant at) {
        store.setHash(hash, at);
    }

    @Override
    public void recordFailure(int failures, Optional<Instant> lockedUntil) {
        store.recordFailure(failures, lockedUntil);
    }

    @Override
    public void recordSuccess() {
        store.recordSuccess();
    }
}
