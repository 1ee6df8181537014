package be.sitegate.sync;

import be.sitegate.store.OutboxCounts;
import be.sitegate.store.OutboxStore;
import java.time.Instant;
import java.util.Optional;

/** The outbox as the status bar summarises it: the counts, and since when the oldest record waits. */
record QueueState(OutboxCounts counts, Optional<Instant> waitingSince) {

    static QueueState of(OutboxStore outbox) {
        OutboxCounts counts = outbox.counts();
        return new QueueState(counts, counts.waiting() == 0 ? Optional.empty() : outbox.oldestWaitingSince());
    }
}
