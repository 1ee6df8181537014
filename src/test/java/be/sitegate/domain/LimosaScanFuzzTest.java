package be.sitegate.domain;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.fuzz.ByteMutations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * What a QR scanner types off a Limosa L1 form (issue 18, part 5): URLs with the number in a query
 * parameter or a path segment, encoded once or twice, are read as that number; the same URLs with
 * characters flipped, cut or inserted, and any text at all, are a number or refused with
 * {@link InvalidIdentifierException}, never anything else, never a hang. A scan of a valid national
 * number is that national number, not a Limosa one.
 */
class LimosaScanFuzzTest {

    @Property
    void aScannedL1CodeIsReadAsItsNumber(@ForAll("limosaNumbers") String number, @ForAll("l1Forms") int form)
            throws Exception {
        String scanned = l1Code(number, form);
        assertThat(within(() -> LimosaScan.parse(scanned)).toString()).isEqualTo(number);
    }

    @Property
    void aDamagedScanIsANumberOrRefused(@ForAll("damagedScans") String scanned) throws Exception {
        scanOrRefuse(scanned);
    }

    @Property
    void anyTextIsAScanOrRefused(@ForAll("anyText") String scanned) throws Exception {
        scanOrRefuse(scanned);
    }

    @Property
    void aScannedNationalNumberIsTheNationalNumber(@ForAll("validInss") String digits) throws Exception {
        ScannedIdentifier scanned = within(() -> ScannedIdentifier.parse(digits));
        assertThat(scanned.method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(scanned.worker()).isEqualTo(WorkerId.of(Inss.parse(digits)));
    }

    private static void scanOrRefuse(String scanned) throws Exception {
        try {
            ScannedIdentifier id = within(() -> ScannedIdentifier.parse(scanned));
            assertThat(id.worker()).isNotNull();
        } catch (InvalidIdentifierException refused) {
            assertThat(refused.reason()).isEqualTo(InvalidIdentifierException.Reason.UNREADABLE_SCAN);
        }
        within(() -> ScannedIdentifier.hasScanForm(scanned));
    }

    /** The shapes the parser reads: bare digits, a query parameter, a path segment; plain, encoded, encoded twice. */
    static String l1Code(String number, int form) {
        String url = switch (form % 4) {
            case 0 -> number;
            case 1 -> "https://www.limosa.be/L1?limosaId=" + number + "&lang=nl";
            case 2 -> "https://www.limosa.be/declaration/" + number + "/L1";
            default -> "HTTPS://limosa.example/check?lang=fr&declarationNumber=" + number + "#top";
        };
        for (int i = 0; i < form / 4; i++) {
            url = URLEncoder.encode(url, StandardCharsets.UTF_8);
        }
        return url;
    }

    @Provide
    Arbitrary<String> limosaNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(LimosaId.MIN_LENGTH).ofMaxLength(LimosaId.MAX_LENGTH)
                .filter(n -> !Inss.isValid(n));
    }

    @Provide
    Arbitrary<Integer> l1Forms() {
        return Arbitraries.integers().between(0, 11);
    }

    @Provide
    Arbitrary<String> validInss() {
        return ValidInss.digits();
    }

    @Provide
    Arbitrary<String> damagedScans() {
        return Combinators.combine(limosaNumbers(), l1Forms(), ByteMutations.edits(ByteMutations::noLengths))
                .as((number, form, edits) -> new String(ByteMutations.apply(
                        l1Code(number, form).getBytes(StandardCharsets.UTF_8), edits), StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().ofMaxLength(80)),
                Tuple.of(2, Arbitraries.strings().withChars("%0123456789abcdefABCDEF:/?#&=;.").ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().withChars("%25").ofMaxLength(40)),
                Tuple.of(1, IdentifierFuzzTest.typedText()));
    }
}
