package be.sitegate.app;

import be.sitegate.card.TerminalSource;
import be.sitegate.central.CentralConfig;
import be.sitegate.config.KioskConfig;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What differs between a production kiosk and the demo: which central service, which card
 * readers, which roots an eID must chain to. Everything else is built the same way.
 */
public record KioskEnvironment(
        KioskConfig config,
        CentralConfig central,
        TerminalSource terminals,
        List<X509Certificate> cardRoots,
        AutoCloseable extras) {

    public KioskEnvironment {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(terminals, "terminals");
        cardRoots = List.copyOf(cardRoots);
        Objects.requireNonNull(extras, "extras");
    }
}
