package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScanDetectorTest {

    private static final long MS = 1_000_000;
    private final ScanDetector detector = new ScanDetector(Duration.ofMillis(50));

    private long feed(String text, long start, long gapMs) {
        long t = start;
        for (char c : text.toCharArray()) {
            detector.onCharacter(c, t);
            t += gapMs * MS;
        }
        return t - gapMs * MS;
    }

    @Test
    void aFastBurstEndingInEnterIsAScan() {
        long last = feed("https://x.be/?limosaId=12345678901234567", 0, 5);
        assertThat(detector.onEnter(last + 5 * MS)).isEqualTo("https://x.be/?limosaId=12345678901234567");
    }

    @Test
    void peopleTypingSlowlyAreNotAScan() {
        long last = feed("85073003328", 0, 180);
        assertThat(detector.onEnter(last + 200 * MS)).isNull();
    }

    @Test
    void aPauseStartsANewBurst() {
        long last = feed("1234", 0, 5);
        last = feed("https://x.be/?limosaId=12345678901234567", last + 2000 * MS, 5);
        assertThat(detector.onEnter(last + 5 * MS)).startsWith("https://");
    }

    @Test
    void shortBurstsAreNotScans() {
        long last = feed("12", 0, 5);
        assertThat(detector.onEnter(last + 5 * MS)).isNull();
    }

    @Test
    void knowsWhenAUrlIsArriving() {
        long last = feed("123", 0, 5);
        assertThat(detector.inTextBurst(last + MS)).isFalse();
        last = feed("https://", last + 5 * MS, 5);
        assertThat(detector.inTextBurst(last + MS)).isTrue();
        assertThat(detector.inTextBurst(last + 500 * MS)).isFalse();
    }

    @Test
    void aNationalNumberAtScannerSpeedIsTypedNotScanned() {
        long last = feed("85073003328", 0, 5);
        assertThat(detector.onEnter(last + 5 * MS)).isNull();
    }

    @Test
    void theTailOfANumberWhoseFirstDigitCameBeforeAPauseIsNoScan() {
        // The first digit opened the keypad while the screen was built; the ten after it were as fast as a scanner.
        long last = feed("8", 0, 5);
        last = feed("5073003328", last + 300 * MS, 5);
        assertThat(detector.onEnter(last + 5 * MS)).isNull();
    }

    @Test
    void aFullLengthLimosaNumberAtScannerSpeedIsAScan() {
        long last = feed("12345678901234567", 0, 5);
        assertThat(detector.onEnter(last + 5 * MS)).isEqualTo("12345678901234567");
    }

    @Test
    void aFullLengthLimosaNumberTypedSlowlyIsTyped() {
        long last = feed("12345678901234567", 0, 180);
        assertThat(detector.onEnter(last + 200 * MS)).isNull();
    }

    @Test
    void garbledTextAtScannerSpeedIsAScanSoItCanBeAnsweredAsUnreadable() {
        long last = feed("ttps:/limosa.be/?x=1", 0, 5);
        assertThat(detector.onEnter(last + 5 * MS)).isEqualTo("ttps:/limosa.be/?x=1");
    }
}
