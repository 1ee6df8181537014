package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExactBytesCacheTest {

    @Test
    void hitsOnlyForTheSameBytes() {
        ExactBytesCache<String> cache = new ExactBytesCache<>(4);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get(new byte[] {1, 2, 3}, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(new byte[] {1, 2, 3}, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(new byte[] {1, 2, 4}, () -> "b" + computed.incrementAndGet())).isEqualTo("b2");
        assertThat(cache.get(new byte[] {1, 2}, () -> "c" + computed.incrementAndGet())).isEqualTo("c3");
        assertThat(cache.get(new byte[] {1, 2, 3, 0}, () -> "d" + computed.incrementAndGet())).isEqualTo("d4");
        assertThat(computed).hasValue(4);
    }

    @Test
    void keepsACopyOfTheKey() {
        ExactBytesCache<String> cache = new ExactBytesCache<>(2);
        byte[] key = {7, 7};
        cache.get(key, () -> "seven");
        key[1] = 8;
        assertThat(cache.get(new byte[] {7, 8})).isNull();
        assertThat(cache.get(new byte[] {7, 7})).isEqualTo("seven");
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        ExactBytesCache<String> cache = new ExactBytesCache<>(2);
        cache.get(new byte[] {1}, () -> "one");
        cache.get(new byte[] {2}, () -> "two");
        assertThat(cache.get(new byte[] {1})).isEqualTo("one"); // 2 is now the oldest
        cache.get(new byte[] {3}, () -> "three");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(new byte[] {2})).isNull();
        assertThat(cache.get(new byte[] {1})).isEqualTo("one");
        assertThat(cache.get(new byte[] {3})).isEqualTo("three");
    }

    @Test
    void nullIsNeverKept() {
        ExactBytesCache<String> cache = new ExactBytesCache<>(2);
        assertThat(cache.get(new byte[] {1}, () -> null)).isNull();
        assertThat(cache.size()).isZero();
    }
}
