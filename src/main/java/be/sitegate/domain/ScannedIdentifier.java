package be.sitegate.domain;

import java.util.Objects;

/**
 * Who a fast burst of keys identified: a QR scanner reading a Limosa L1 code, or a keyboard wedge or
 * a quick typist entering a national number at scanner speed. Text that is no URL and makes a valid
 * national number (by {@link Inss}'s rules, separators and all) is that national number; anything
 * else is read as an L1 code by {@link LimosaScan}, which refuses what it cannot read.
 */
public record ScannedIdentifier(WorkerId worker, IdentificationMethod method) {

    /**
     * The length of the L1 numbers seen on documents. A scanner reading bare digits types all of them;
     * anything shorter is a person, or the tail of a number whose first digits came before a pause.
     */
    public static final int FULL_LIMOSA_DIGITS = 17;

    public ScannedIdentifier {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(method, "method");
    }

    /**
     * Whether text that arrived as fast as a scanner types has the form of a scan: a URL (the L1 QR
     * code) or a full-length Limosa number. Key timing alone cannot tell: a quick typist, or a burst
     * that lost its first digits while a screen was being built, is as fast as a scanner.
     */
    public static boolean hasScanForm(String text) {
        if (text == null) {
            return false;
        }
        String bare = text.strip();
        return LimosaScan.looksLikeUrl(bare)
                || bare.length() == FULL_LIMOSA_DIGITS && bare.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Throws {@link InvalidIdentifierException} with {@code UNREADABLE_SCAN} when it is neither. */
    public static ScannedIdentifier parse(String scanned) {
        if (!LimosaScan.looksLikeUrl(scanned) && Inss.isValid(scanned)) {
            // A Limosa number has no check digits, so a national number would pass for one: taking it
            // for a Limosa number would send the central service an unknown declaration.
            return new ScannedIdentifier(WorkerId.of(Inss.parse(scanned)), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        }
        return new ScannedIdentifier(WorkerId.of(LimosaScan.parse(scanned)), IdentificationMethod.SCANNED_LIMOSA_QR);
    }
}
