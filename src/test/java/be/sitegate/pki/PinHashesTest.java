package be.sitegate.pki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHashesTest {

    private static final String PIN = "482913";

    @Test
    void theHashIsASaltedArgon2idPhcStringThatMatchesOnlyItsPin() {
        String hash = PinHashes.hash(PIN);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("482913");
        assertThat(PinHashes.isWellFormed(hash)).isTrue();
        assertThat(PinHashes.matches(PIN, hash)).isTrue();
        assertThat(PinHashes.matches("482914", hash)).isFalse();
        assertThat(PinHashes.hash(PIN)).as("a new salt each time").isNotEqualTo(hash);
    }

    @Test
    void aTamperedOrForeignHashMatchesNothing() {
        String hash = PinHashes.hash(PIN);
        String[] parts = hash.split("\\$");
        String otherSalt = hash.replace(parts[4], "AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(PinHashes.matches(PIN, otherSalt)).isFalse();
        assertThat(PinHashes.matches(PIN, "482913")).as("a PIN is never its own hash").isFalse();
        assertThat(PinHashes.matches(PIN, "$2y$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(PinHashes.isWellFormed("")).isFalse();
        assertThat(PinHashes.isWellFormed(null)).isFalse();
    }
}
