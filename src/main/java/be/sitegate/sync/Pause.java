package be.sitegate.sync;

import java.time.Duration;

/**
 * How long the forwarder waits before its next cycle, and whether a plain wake (a new record) may
 * cut that short. A backoff may not: the service is failing and hammering it helps no one. "Send
 * now" cuts any pause.
 */
record Pause(Duration duration, boolean wakeable) {

    static Pause now() {
        return new Pause(Duration.ZERO, true);
    }
}
