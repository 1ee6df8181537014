package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.DocumentType;
import be.sitegate.domain.EidIdentity;
import be.sitegate.domain.EidIdentity.BirthDate;
import be.sitegate.domain.Inss;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading every virtual profile through the in-process terminal: content, verification, APDU count. */
class EidReaderTest {

    static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Brussels"));
    static final EidReaderSettings SETTINGS = EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot()))
            .withClock(JUNE_2026);

    static EidReadResult read(String profile) {
        VirtualTerminal terminal = VirtualTerminal.standalone("test reader");
        terminal.insert(VirtualCardProfiles.named(profile));
        return new EidReader(SETTINGS).read(terminal);
    }

    static EidCard card(String profile) {
        EidReadResult result = read(profile);
        assertThat(result).isInstanceOf(EidReadResult.Success.class);
        return ((EidReadResult.Success) result).card();
    }

    @Test
    void defaultProfileIsAuthenticAndComplete() {
        EidCard card = card("rsa-17");
        EidIdentity id = card.identity();
        assertThat(id.nationalNumber()).isEqualTo(Inss.parse("71715100070"));
        assertThat(id.lastName()).isEqualTo("Specimen");
        assertThat(id.givenNames()).isEqualTo("Alice Geldigekaart");
        assertThat(id.thirdNameInitial()).isEqualTo("A");
        assertThat(id.nationality()).isEqualTo("Belg");
        assertThat(id.birthPlace()).isEqualTo("Hamont-Achel");
        assertThat(id.birthDate()).isEqualTo(new BirthDate(1971, 1, 15));
        assertThat(id.sex()).isEqualTo(EidIdentity.Sex.FEMALE);
        assertThat(id.documentType()).isEqualTo(DocumentType.BELGIAN_EID);
        assertThat(id.cardNumber()).hasSize(12);
        assertThat(id.chipNumberHex()).hasSize(32);
        assertThat(id.validityBegin()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(id.validityEnd()).isEqualTo(LocalDate.of(2034, 3, 15));
        assertThat(id.issuingMunicipality()).isEqualTo("Antwerpen");
        assertThat(id.specialStatus()).isEqualTo("0");
        assertThat(id.photoHashHex()).hasSize(64);
        assertThat(card.address().streetAndNumber()).isEqualTo("Meirplaats 1 bus 1");
        assertThat(card.address().postalCode()).isEqualTo("2000");
        assertThat(card.address().municipality()).isEqualTo("Antwerpen");
        assertThat(card.verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(card.verification().reason()).isEmpty();
        assertThat(id.toString()).doesNotContain("71715100070");
    }

    @Test
    void theNationalNumberIsToldOnceAsSoonAsTheIdentityFileIsInBeforeVerification() {
        java.util.List<Inss> told = new java.util.ArrayList<>();
        VirtualTerminal terminal = VirtualTerminal.standalone("test reader");
        // A tampered card: told all the same, so the number came before the signatures were checked.
        terminal.insert(VirtualCardProfiles.named("tampered"));
        EidReadResult result = new EidReader(SETTINGS).read(terminal, told::add);
        assertThat(told).containsExactly(Inss.parse("78061522337"));
        assertThat(((EidReadResult.Success) result).card().verification().outcome())
                .isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
    }

    @Test
    void aListenerThatFailsDoesNotSpoilTheRead() {
        VirtualTerminal terminal = VirtualTerminal.standalone("test reader");
        terminal.insert(VirtualCardProfiles.named("rsa-17"));
        EidReadResult result = new EidReader(SETTINGS).read(terminal, number -> {
            throw new IllegalStateException("listener bug");
        });
        assertThat(result).isInstanceOf(EidReadResult.Success.class);
    }

    @Test
    void everyProfileGivesItsVerificationOutcome() {
        assertThat(card("ec-18").verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(card("bis").verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(card("accents").verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(card("kids").verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        Verification expired = card("expired").verification();
        assertThat(expired.outcome()).isEqualTo(VerificationOutcome.EXPIRED);
        assertThat(expired.expired()).isTrue();
        assertThat(expired.isAuthentic()).isTrue();
        Verification tampered = card("tampered").verification();
        assertThat(tampered.outcome()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
        assertThat(tampered.reason()).contains(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID);
    }

    @Test
    void profilesCarryTheirSpecialCases() {
        EidIdentity ec = card("ec-18").identity();
        assertThat(ec.nationalNumber().toString()).isEqualTo("01050399963");
        assertThat(ec.birthDate()).isEqualTo(new BirthDate(2001, 5, 3));
        assertThat(ec.photoHashHex()).hasSize(96);
        assertThat(ec.otherMentions()).containsKey(IdentityTag.BASIC_KEY_HASH);

        EidIdentity bis = card("bis").identity();
        assertThat(bis.nationalNumber().isBis()).isTrue();
        assertThat(bis.birthDate().isYearOnly()).isTrue();
        assertThat(bis.birthDate().year()).isEqualTo(1985);
        assertThat(bis.documentType()).isEqualTo(DocumentType.FOREIGNER_CARD);
        assertThat(bis.documentTypeCode()).isEqualTo(12);

        EidCard accents = card("accents");
        assertThat(accents.identity().lastName()).isEqualTo("Müller-Dąbrowska");
        assertThat(accents.identity().givenNames()).isEqualTo("Éloïse Ștefania");
        assertThat(accents.identity().thirdNameInitial()).isEqualTo("Ł");
        assertThat(accents.identity().birthPlace()).isEqualTo("Łódź");
        assertThat(accents.identity().birthDate()).isEqualTo(new BirthDate(1990, 2, 28));
        assertThat(accents.address().municipality()).isEqualTo("Liège");

        EidIdentity kids = card("kids").identity();
        assertThat(kids.documentType()).isEqualTo(DocumentType.KIDS_CARD);
        assertThat(kids.birthDate()).isEqualTo(new BirthDate(2016, 4, 12));
    }

    @Test
    void untrustedRootMakesEveryCardNotAuthentic() {
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(VirtualCardProfiles.named("rsa-17"));
        var otherRoot = be.sitegate.pki.Certificates.selfSigned(be.sitegate.pki.Certificates.Profile.ca(
                "CN=SiteGate Test Belgium Root CA, O=SiteGate Test, C=BE", be.sitegate.pki.Certificates.ecP384().getPublic(),
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z")),
                be.sitegate.pki.Certificates.ecP384().getPrivate());
        EidReadResult result = new EidReader(EidReaderSettings.trusting(List.of(otherRoot)).withClock(JUNE_2026))
                .read(terminal);
        assertThat(((EidReadResult.Success) result).card().verification().reason())
                .contains(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED);
    }

    @Test
    void fullReadUsesTheMinimalApduSequence() {
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(VirtualCardProfiles.named("rsa-17"));
        EidReadResult result = new EidReader(SETTINGS).read(terminal);
        VirtualCardProfile p = VirtualCardProfiles.named("rsa-17");
        int certificateLength = ApduExchange.derTotalLength(p.file(VirtualCardProfile.RRN_CERTIFICATE));
        int expected = 5 // one SELECT per file
                + (certificateLength + 255) / 256 // certificate: stops at its DER length
                + 1 // identity (< 256 bytes): one short chunk
                + 1 + 1 // RSA signatures: exactly 256 bytes, no 6B00 probe
                + 1; // address
        assertThat(result.apduCount()).isEqualTo(expected);
        assertThat(terminal.card().apduCount()).isEqualTo(expected + 2); // 6Cxx re-sends for the two short files
    }

    /**
     * The files' APDUs as before the chip proof, plus the chip proof's four (issue 19): SELECT 4040,
     * its one READ BINARY (120 bytes), INTERNAL AUTHENTICATE and its GET RESPONSE (61xx: the
     * in-process terminal leaves T=0 chaining to the reader).
     */
    @Test
    void ecCardReadsThePaddedSignatureFilesToTheirEnd() {
        EidReadResult result = read("ec-18");
        assertThat(result.apduCount()).isLessThanOrEqualTo(5 + 4 + 1 + 1 + 1 + 1 + 4);
        assertThat(result.apduCount() - 4).as("the files' own APDUs").isLessThanOrEqualTo(5 + 4 + 1 + 1 + 1 + 1);
    }

    @Test
    void photoIsReadOnRequestAndMatchesItsHash() {
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(VirtualCardProfiles.named("ec-18"));
        var success = (EidReadResult.Success) new EidReader(SETTINGS).read(terminal);
        int before = terminal.card().apduCount();
        PhotoResult photo = success.session().readPhoto();
        assertThat(photo).isInstanceOfSatisfying(PhotoResult.Loaded.class, p -> {
            assertThat(p.hashMatches()).isTrue();
            assertThat(p.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8);
        });
        int afterFirst = terminal.card().apduCount();
        assertThat(afterFirst).isGreaterThan(before);
        assertThat(success.session().readPhoto()).isSameAs(photo);
        assertThat(terminal.card().apduCount()).isEqualTo(afterFirst);
        success.session().close();
    }

    @Test
    void photoHashForEachDigestLength() {
        for (String profile : List.of("rsa-17", "bis", "ec-18")) {
            VirtualTerminal terminal = VirtualTerminal.standalone("r");
            terminal.insert(VirtualCardProfiles.named(profile));
            var success = (EidReadResult.Success) new EidReader(SETTINGS).read(terminal);
            assertThat(((PhotoResult.Loaded) success.session().readPhoto()).hashMatches()).as(profile).isTrue();
        }
    }

    @Test
    void swappedPhotoFailsItsHash() {
        VirtualCardProfile original = VirtualCardProfiles.named("rsa-17");
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(original.withFile(VirtualCardProfile.PHOTO,
                VirtualCardProfiles.named("accents").file(VirtualCardProfile.PHOTO)));
        var success = (EidReadResult.Success) new EidReader(SETTINGS).read(terminal);
        assertThat(((PhotoResult.Loaded) success.session().readPhoto()).hashMatches()).isFalse();
    }

    @Test
    void photoAfterRemovalIsCardRemoved() {
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(VirtualCardProfiles.named("rsa-17"));
        var success = (EidReadResult.Success) new EidReader(SETTINGS.withTimeLimit(Duration.ofSeconds(2)))
                .read(terminal);
        terminal.remove();
        assertThat(success.session().readPhoto()).isEqualTo(new PhotoResult.Failed(ReadFailure.CARD_REMOVED));
    }
}
