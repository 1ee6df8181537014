package be.sitegate.simulator;

import java.util.concurrent.atomic.LongAdder;

/** Counts the calls of {@link SeenCalls} as the router receives them; thread-safe. */
final class CallCounter {

    private final LongAdder tokens = new LongAdder();
    private final LongAdder registers = new LongAdder();
    private final LongAdder others = new LongAdder();

    void received(ApiRequest request) {
        if (request.path().equals(TokenEndpoint.PATH)) {
            tokens.increment();
        } else if (request.path().equals(PresenceEndpoint.PATH) && request.method().equals("POST")) {
            registers.increment();
        } else {
            others.increment();
        }
    }

    SeenCalls seen() {
        return new SeenCalls(tokens.sum(), registers.sum(), others.sum());
    }
}
