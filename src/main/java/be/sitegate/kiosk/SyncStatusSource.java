package be.sitegate.kiosk;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connection and queue state for the always-visible status bar. Implemented by the outbox forwarder
 * ({@code be.sitegate.sync}); may call on any thread.
 */
public interface SyncStatusSource {

    /** Adds a listener; it is told the current status at once. */
    Subscription subscribe(Consumer<SyncStatus> listener);

    /**
     * @param pending records stored but not yet accepted or rejected by the central service
     * @param lastError a short technical text for site management, never shown to workers
     */
    record SyncStatus(boolean online, int pending, Optional<String> lastError) {
    }
}
