package be.sitegate.simulator;

/**
 * Every call the simulator received on the paths faults apply to, counted as it arrives and before
 * any fault answers it: what a kiosk asked, not what the service got round to doing (for that, see
 * {@link CallStats}). The fault matrix uses it to measure how often a kiosk asks during an outage.
 *
 * @param tokenCalls calls to the token endpoint
 * @param registerCalls {@code POST /api/v1/presences}: the outbox's deliveries
 * @param otherApiCalls every other {@code /api/**} call (initialisation, search, look-ups, cancellations)
 */
public record SeenCalls(long tokenCalls, long registerCalls, long otherApiCalls) {

    public static final SeenCalls NONE = new SeenCalls(0, 0, 0);

    /** What arrived between {@code earlier} and this. */
    public SeenCalls since(SeenCalls earlier) {
        return new SeenCalls(tokenCalls - earlier.tokenCalls, registerCalls - earlier.registerCalls,
                otherApiCalls - earlier.otherApiCalls);
    }

    public long all() {
        return tokenCalls + registerCalls + otherApiCalls;
    }
}
