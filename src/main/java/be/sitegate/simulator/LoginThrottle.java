package be.sitegate.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes back on password guessing per user name: after {@code slowDownAfterFailures} failures
 * every further attempt waits {@code delayMillis}; after {@code blockAfterFailures} the name is
 * refused for {@code blockSeconds}. Unknown user names are counted too, so the answers do not
 * reveal which names exist.
 */
final class LoginThrottle {

    private static final class Record {
        int failures;
        Instant blockedUntil;
    }

    private final Seed.LoginPolicy policy;
    private final Clock clock;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    LoginThrottle(Seed.LoginPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Call before checking the password: throws {@code 429} while blocked, sleeps when the name
     * has failed often. Sleeping holds only this request's worker thread.
     */
    void beforeAttempt(String username) {
        Record r = records.get(username);
        if (r == null) {
            return;
        }
        long retryAfter;
        synchronized (r) {
            Instant now = clock.instant();
            if (r.blockedUntil != null && now.isBefore(r.blockedUntil)) {
                retryAfter = Math.max(1, Duration.between(now, r.blockedUntil).toSeconds());
            } else {
                if (r.blockedUntil != null) {
                    r.blockedUntil = null;
                    r.failures = 0;
                }
                retryAfter = 0;
            }
        }
        if (retryAfter > 0) {
            throw new ApiException(429, "TOO_MANY_ATTEMPTS", "too many failed attempts for this user name",
                    Map.of("retryAfterSeconds", retryAfter), Map.of("Retry-After", Long.toString(retryAfter)));
        }
        int failures;
        synchronized (r) {
            failures = r.failures;
        }
        if (failures >= policy.slowDownAfterFailures()) {
            try {
                Thread.sleep(policy.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void failed(String username) {
        Record r = records.computeIfAbsent(username, k -> new Record());
        synchronized (r) {
            r.failures++;
            if (r.failures >= policy.blockAfterFailures()) {
                r.blockedUntil = clock.instant().plusSeconds(policy.blockSeconds());
            }
        }
    }

    void succeeded(String username) {
        records.remove(username);
    }
}
