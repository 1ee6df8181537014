package be.sitegate.sync;

import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.store.Ext4Image;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Await;
import be.sitegate.testkit.Fixtures;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The forwarder on a store whose disk the kernel turned read-only: every cycle fails to mark its
 * batch as sent, and it keeps retrying with backoff. The kiosk promises one ERROR line per store
 * fault (the storage health's); the forwarder adds one WARN that sending waits, not an ERROR with a
 * stack trace per retry, which over a night on a full disk buried the journal.
 */
class ForwardingOnAFailedDiskTest {

    @TempDir
    Path dir;

    @Test
    void aStoreThatCannotBeWrittenIsOneWarningOfTheForwarderNotAnErrorPerRetry() throws Exception {
        Logger cycleLog = (Logger) LoggerFactory.getLogger(ForwardingCycle.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        cycleLog.addAppender(log);
        Clock clock = Fixtures.runningFrom(Fixtures.SEVEN_AM);
        try (Ext4Image disk = Ext4Image.mountOrSkip(dir, 16);
                KioskStore store = KioskStore.open(disk.path().resolve("kiosk.db"), clock)) {
            for (int i = 0; i < 3; i++) {
                store.registrations().register(registration(Fixtures.worker(i), SITE, DAY));
            }
            disk.fail();
            AtomicInteger statuses = new AtomicInteger();
            try (OutboxForwarder forwarder = new OutboxForwarder(store.outbox(), items -> {
                throw new AssertionError("nothing can be marked as sent, so nothing is sent");
            }, ForwarderSettings.defaults().withBackoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(20),
                    () -> 0.5)), clock)) {
                forwarder.addListener(status -> statuses.incrementAndGet());
                forwarder.start();
                Await.until("several failed cycles", Duration.ofSeconds(30), () -> statuses.get() >= 6);
            }
        } finally {
            cycleLog.detachAppender(log);
        }
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        assertThat(events).filteredOn(e -> e.getLevel() == Level.ERROR).isEmpty();
        assertThat(events).filteredOn(e -> e.getLevel() == Level.WARN).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).startsWith("forwarding waits until the store can be used again: ")
                    .contains("(read-only)");
            assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
        });
    }
}
