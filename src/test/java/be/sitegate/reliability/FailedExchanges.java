package be.sitegate.reliability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Counts the forwarder's failed exchanges as the kiosk itself logs them (one warning per exchange
 * that failed as a whole, "forwarding N items failed: ..."). The kiosk-side count of calls: while
 * the service's process is down nothing at the service can count them.
 */
final class FailedExchanges extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private static final String FORWARDING = "be.sitegate.sync.ForwardingCycle";

    private final Logger logger = (Logger) LoggerFactory.getLogger(FORWARDING);
    private final AtomicLong count = new AtomicLong();

    FailedExchanges() {
        setName("fault-matrix-failed-exchanges");
        start();
        logger.addAppender(this);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getFormattedMessage().startsWith("forwarding ") && event.getFormattedMessage().contains(" failed: ")) {
            count.incrementAndGet();
        }
    }

    long count() {
        return count.get();
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
