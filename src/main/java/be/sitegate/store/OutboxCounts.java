package be.sitegate.store;

/**
 * How many records are in each delivery state.
 *
 * @param toAcknowledge REJECTED or EXPIRED records nobody has acknowledged yet
 */
public record OutboxCounts(int pending, int sent, int accepted, int rejected, int expired, int toAcknowledge) {

    public static final OutboxCounts NONE = new OutboxCounts(0, 0, 0, 0, 0, 0);

    /** Stored on the kiosk but not yet confirmed: what the status bar calls "waiting". */
    public int waiting() {
        return pending + sent;
    }
}
