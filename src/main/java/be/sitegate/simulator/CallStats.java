package be.sitegate.simulator;

import java.time.Duration;

/**
 * How much work the simulator has done answering registration calls since it started: calls,
 * items, and the time spent inside the endpoint (checks, its database and the answer's JSON; not
 * TLS nor the HTTP exchange). Benchmarks use it to tell the simulator's share of a drain from the
 * kiosk's.
 */
public record CallStats(long calls, long items, Duration busy) {
}
