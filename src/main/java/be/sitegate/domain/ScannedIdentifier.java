package be.sitegate.domain;

import java.util.Objects;

/**
 * Who a fast burst of keys identified: a QR scanner reading a Limosa L1 code, or a keyboard wedge or
 * a quick typist entering a national number at scanner speed. Text that is no URL and makes a valid
 * national number (by {@link Inss}'s rules, separators and all) is that national number; anything
 * else is read as an L1 code by {@link LimosaScan}, which refuses what it cannot read.
 */
public record ScannedIdentifier(WorkerId worker, IdentificationMethod method) {

    public ScannedIdentifier {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(method, "method");
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
