package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Await;
import be.sitegate.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk that starts on a store its earlier run left with a send unanswered (killed mid-call, as the
 * crash loop does to the real process) resends that record at once under its reference, instead of
 * waiting out the send's lease. The kiosk's clock stands still, so the lease can never run out here:
 * only the release at start can deliver the record.
 */
class RestartAfterACrashTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.now();
    private final Clock stopped = Clock.fixed(now, ZoneOffset.UTC);
    private final SimulatorFixture sim = new SimulatorFixture(Clock.systemUTC());
    private KioskAssembly kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        sim.close();
    }

    @Test
    void whatAnEarlierRunLeftSentIsResentAtStartAndRegisteredOnce() {
        LocalDate today = BelgianTime.today(stopped);
        ClientReference reference = ClientReference.generate(now);
        try (KioskStore earlierRun = KioskStore.open(dir.resolve("gate").resolve("kiosk.db"), stopped)) {
            earlierRun.registrations().register(Fixtures.registration(reference, Fixtures.ANNA, Fixtures.CIAW_SITE,
                    today));
            earlierRun.outbox().markSent(List.of(reference), Duration.ofMinutes(2));
        }

        kiosk = new SimulatorKiosks(sim, dir).start("gate", "", stopped);

        Await.until("the record accepted", Duration.ofSeconds(60), () -> kiosk.attendanceLog()
                .registrations(Fixtures.CIAW_SITE, today).stream()
                .anyMatch(r -> r.reference().equals(reference) && r.delivery().status() == DeliveryStatus.ACCEPTED));
        assertThat(sim.registrationCount(reference.value())).isEqualTo(1);
    }
}
