package be.sitegate.config;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which central service a kiosk talks to: the simulation environment (the project's simulator or
 * the service's own simulation host) or production. Nothing defaults to production, and a
 * simulation kiosk is refused a production address, so a test set-up can never send a worker's
 * registration, or the technical user's signed assertion, to the real service by a slip.
 */
public enum CentralEnvironment {
    SIMULATION,
    PRODUCTION;

    /** The real service's hosts (central-service.md: base URL and token endpoint). */
    public static final Set<String> PRODUCTION_HOSTS = Set.of("services.socialsecurity.be");

    static CentralEnvironment parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("central.environment", "'" + value + "' is not simulation or production");
        }
    }

    /** Whether {@code url} is the real service (or a host under it). */
    public static boolean isProduction(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return PRODUCTION_HOSTS.stream().anyMatch(p -> host.equals(p) || host.endsWith("." + p));
    }

    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
