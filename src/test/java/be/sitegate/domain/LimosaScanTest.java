package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimosaScanTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.limosa.be/check?limosaId=12345678901234567&name=Kowalski",
        "https%3A%2F%2Fwww.limosa.be%2Fcheck%3FlimosaId%3D12345678901234567",
        "https://www.limosa.be/check?data=x&L1=1234-5678-9012-34567",
        "https://www.limosa.be/l1/12345678901234567/view",
        "HTTPS://example.org/c?ID=12345678901234567",
        "https://example.org/c?name=Jo%C3%A3o%20Silva&limosa=12345678901234567",
        "https%253A%252F%252Fexample.org%252Fc%253Flimosa%253D12345678901234567",
        "12345678901234567"
    })
    void findsTheLimosaNumber(String scanned) {
        assertThat(LimosaScan.parse(scanned).toString()).isEqualTo("12345678901234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "hello world", "https://www.limosa.be/", "https://example.org/c?name=Kowalski",
        "https://example.org/c?limosaId=12AB", "https://example.org/c?limosaId=%ZZ12345678"
    })
    void refusesWhatItCannotRead(String scanned) {
        assertThatThrownBy(() -> LimosaScan.parse(scanned))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_SCAN));
    }

    @org.junit.jupiter.api.Test
    void recognisesUrls() {
        assertThat(LimosaScan.looksLikeUrl("https://x.be/?a=1")).isTrue();
        assertThat(LimosaScan.looksLikeUrl("12345678901")).isFalse();
    }
}
