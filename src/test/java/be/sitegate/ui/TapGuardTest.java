package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A tap acts only on the screen it started on, and not in the first moment of a new screen. */
class TapGuardTest {

    private static final long MS = 1_000_000;
    private long now = 1_000 * MS;
    private final TapGuard guard = new TapGuard(Duration.ofMillis(250), () -> now);

    @Test
    void aPressAndItsReleaseOnTheSameScreenAct() {
        assertThat(guard.press()).isTrue();
        now += 80 * MS;
        assertThat(guard.release()).isTrue();
        assertThat(guard.click()).isTrue();
    }

    @Test
    void theReleaseOfAPressMadeOnTheScreenThatLeftDoesNothing() {
        assertThat(guard.press()).isTrue();
        guard.screenChanged(); // the tap's own action, or the kiosk, changed the screen under the finger
        now += 80 * MS;
        assertThat(guard.release()).isFalse();
        assertThat(guard.click()).isFalse();
    }

    @Test
    void aPressInTheFirstMomentOfANewScreenIsNoTap() {
        guard.screenChanged();
        now += 20 * MS; // the same tap, delivered a second time by the touch screen
        assertThat(guard.press()).isFalse();
        assertThat(guard.release()).isFalse();
        assertThat(guard.click()).isFalse();
    }

    @Test
    void aPressOnceTheScreenSettledIsATap() {
        guard.screenChanged();
        now += 250 * MS;
        assertThat(guard.press()).isTrue();
        assertThat(guard.release()).isTrue();
    }

    @Test
    void aReleaseWithoutAPressDoesNothing() {
        assertThat(guard.release()).isFalse();
        assertThat(guard.press()).isTrue();
        assertThat(guard.release()).isTrue();
        assertThat(guard.release()).isFalse();
    }
}
