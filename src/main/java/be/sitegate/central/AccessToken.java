package be.sitegate.central;

import java.time.Instant;

/** A bearer token and when to stop using it. Its value is never logged (no toString with it). */
final class AccessToken {

    private final String value;
    private final Instant renewAt;

    AccessToken(String value, Instant renewAt) {
        this.value = value;
        this.renewAt = renewAt;
    }

    String value() {
        return value;
    }

    boolean isFreshAt(Instant now) {
        return now.isBefore(renewAt);
    }

    @Override
    public String toString() {
        return "AccessToken[renewAt=" + renewAt + "]";
    }
}
