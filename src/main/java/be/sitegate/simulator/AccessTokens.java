package be.sitegate.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opaque, short-lived bearer tokens. Kept in memory only: after a restart every client simply
 * fetches a new token, exactly as after expiry, which is a case the client must handle anyway.
 */
public final class AccessTokens {

    /** Who a token was issued to: the client id (certificate CN) and the sender's enterprise number. */
    public record Grant(String clientId, String sender, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;

    public AccessTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(String clientId, String sender) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        grants.values().removeIf(g -> !now.isBefore(g.expiresAt()));  // keeps the map small on long runs
        grants.put(token, new Grant(clientId, sender, clock.instant().plus(lifetime)));
        return token;
    }

    /** The grant behind a token that is known and not expired. */
    public Optional<Grant> validate(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Grant grant = grants.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            grants.remove(token);
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** The "expired tokens" fault: every token issued so far stops working now. */
    public void expireAll() {
        grants.clear();
    }
}
