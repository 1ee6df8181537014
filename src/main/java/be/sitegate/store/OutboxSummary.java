package be.sitegate.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox as the status bar summarises it: how many records are in each state, and since when
 * the oldest record still waiting was stored.
 */
public record OutboxSummary(OutboxCounts counts, Optional<Instant> waitingSince) {

    public OutboxSummary {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(waitingSince, "waitingSince");
    }
}
