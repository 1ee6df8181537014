package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkplaceScanTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "1Y101DRUNWB5Z", " 1y101drunwb5z ",
        "https://www.socialsecurity.be/site/aangifte?workplaceId=1Y101DRUNWB5Z",
        "https%3A%2F%2Fwww.socialsecurity.be%2Fdecl%3Fid%3D1Y101DRUNWB5Z",
        "https://example.org/works/1Y101DRUNWB5Z/qr",
        "https://example.org/q?data=xyz&ref=1Y101DRUNWB5Z"
    })
    void findsTheWorkplaceNumber(String input) {
        assertThat(WorkplaceScan.parse(input).toString()).isEqualTo("1Y101DRUNWB5Z");
    }

    @Test
    void typedInputKeepsTheWorkplaceRules() {
        assertThatThrownBy(() -> WorkplaceScan.parse("1Y101DRUNWB5ZXX"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
    }

    @Test
    void aUrlWithoutAWorkplaceIsUnreadable() {
        assertThatThrownBy(() -> WorkplaceScan.parse("https://example.org/q?data=xyz"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_SCAN));
    }
}
