package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientReferenceTest {

    @Test
    void generatedReferencesFitTheServiceLimitAndAreUniqueWithinOneMillisecond() {
        Instant now = Instant.parse("2026-11-22T06:12:00Z");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ClientReference ref = ClientReference.generate(now);
            assertThat(ref.value()).hasSize(ClientReference.MAX_LENGTH).startsWith("SG");
            assertThat(seen.add(ref.value())).isTrue();
        }
    }

    @Test
    void laterReferencesSortAfterEarlierOnes() {
        ClientReference a = ClientReference.generate(Instant.parse("2026-11-22T06:12:00Z"));
        ClientReference b = ClientReference.generate(Instant.parse("2026-11-22T06:12:01Z"));
        assertThat(a.value().substring(0, 12)).isLessThan(b.value().substring(0, 12));
    }

    @Test
    void refusesWhatTheServiceWouldRefuse() {
        assertThatThrownBy(() -> new ClientReference("x".repeat(25))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientReference("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientReference("a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
