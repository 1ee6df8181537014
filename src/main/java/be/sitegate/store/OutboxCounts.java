package be.sitegate.store;

/** How many records are in each delivery state. */
public record OutboxCounts(int pending, int sent, int accepted, int rejected, int dead) {

    /** Stored on the kiosk but not yet confirmed: what the status bar calls "queued". */
    public int waiting() {
        return pending + sent;
    }
}
