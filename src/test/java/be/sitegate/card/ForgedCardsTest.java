package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.virtualcard.VirtualCardPki.Forgery;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Regression cases of issue 15: cards whose files verify with the key in 503C, and whose 503C
 * chains to the trusted root, but whose signer is not an RRN signing certificate. A chain check
 * alone called every one of them authentic. Read in-process, RSA (applet 1.7) and EC (1.8).
 */
class ForgedCardsTest {

    static Stream<Arguments> forgedProfiles() {
        return Arrays.stream(Forgery.values()).flatMap(f -> Stream.of(
                Arguments.of(ForgedCards.rsa(f), ForgedCards.expectedReason(f), 0x17),
                Arguments.of(ForgedCards.ec(f), ForgedCards.expectedReason(f), 0x18)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedProfiles")
    void forgedSignerIsNotAuthentic(String profile, NotAuthenticReason reason, int applet) {
        assertThat(VirtualCardProfiles.named(profile).appletVersion()).isEqualTo(applet);
        Verification verification = EidReaderTest.card(profile).verification();
        assertThat(verification.outcome()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
        assertThat(verification.reason()).contains(reason);
    }

    @Test
    void everyForgedProfileIsCovered() {
        List<String> forged = VirtualCardProfiles.all().stream().map(VirtualCardProfile::name)
                .filter(n -> n.startsWith("forged-")).toList();
        assertThat(forged).containsExactlyInAnyOrderElementsOf(
                forgedProfiles().map(a -> (String) a.get()[0]).toList());
    }

    /**
     * The forgeries are good forgeries: both signatures verify with the key in 503C, so only the
     * signer rules can refuse them (a broken signature would hide a missing rule).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedProfiles")
    void forgedFilesVerifyWithTheirOwnSigner(String profile) {
        EidFiles files = EidReaderTest.card(profile).files();
        var key = files.rrnCertificate().getPublicKey();
        assertThat(EidVerifier.signatureValid(key, files.identity(), files.identitySignature(),
                files.photoHashLength())).isTrue();
        byte[] address = Tlv.trimTrailingZeros(files.address());
        byte[] signed = Arrays.copyOf(address, address.length + files.identitySignature().length);
        System.arraycopy(files.identitySignature(), 0, signed, address.length, files.identitySignature().length);
        assertThat(EidVerifier.signatureValid(key, signed, files.addressSignature(), files.photoHashLength())).isTrue();
    }

    @Test
    void theSiteManagerLogSaysWhichRuleBrokeWithoutPersonalData() {
        Logger logger = (Logger) LoggerFactory.getLogger(EidVerifier.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            EidReaderTest.card("forged-subject-rsa");
            EidReaderTest.card("forged-extra-ca-ec");
        } finally {
            logger.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("71.71.51-***.**", "RRN_SUBJECT", "common name", "serial")
                .doesNotContain("71715100070", "Alice", "Specimen", "SiteGate Test Signer", "2024");
        assertThat(lines.get(1)).contains("01.05.03-***.**", "RRN_PATH_SHAPE", "SiteGate Test Citizen CA")
                .doesNotContain("01050399963", "Benoît", "Specimen");
    }
}
