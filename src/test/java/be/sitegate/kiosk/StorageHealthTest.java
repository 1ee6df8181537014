package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.StorageFailedException.Reason;
import be.sitegate.kiosk.StorageHealth.Failing;
import be.sitegate.kiosk.StorageHealth.Ok;
import be.sitegate.kiosk.StorageHealth.State;
import be.sitegate.testkit.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageHealthTest {

    private final TestClock clock = TestClock.mondayMorning();
    private final StorageHealth health = new StorageHealth(clock);
    private final List<State> heard = new ArrayList<>();

    @Test
    void listenersHearTheCurrentStateAndThenOnlyChanges() {
        Subscription subscription = health.subscribe(heard::add);
        health.stored();
        health.stored();
        var since = clock.instant();
        health.failed(Reason.FULL);
        clock.advance(Duration.ofMinutes(3));
        health.failed(Reason.FULL);
        health.failed(Reason.READ_ONLY);
        health.stored();
        subscription.cancel();
        health.failed(Reason.FULL);

        assertThat(heard).containsExactly(new Ok(), new Failing(Reason.FULL, since),
                new Failing(Reason.READ_ONLY, since), new Ok());
        assertThat(health.failing()).isTrue();
    }

    @Test
    void aFailureAfterARecoveryStartsItsOwnClock() {
        health.failed(Reason.FULL);
        health.stored();
        clock.advance(Duration.ofHours(1));
        health.failed(Reason.FULL);
        assertThat(health.current()).isEqualTo(new Failing(Reason.FULL, clock.instant()));
    }
}
