package be.sitegate.domain;

/**
 * The kind of Belgian identity document, from the numeric code in the card's identity file. The
 * kiosk needs the category (a kids' card has no signing key, a foreigner card identifies a
 * non-Belgian resident); the exact code is kept in {@link EidIdentity#documentTypeCode()}.
 */
public enum DocumentType {
    BELGIAN_EID,
    KIDS_CARD,
    FOREIGNER_CARD,
    FOREIGNER_KIDS_CARD,
    OTHER;

    /** Code 1 eID, 6 kids' card, 11-36 foreigner cards, 61-69 foreigner kids' cards. */
    public static DocumentType fromCode(int code) {
        if (code == 1) {
            return BELGIAN_EID;
        }
        if (code == 6) {
            return KIDS_CARD;
        }
        if (code >= 11 && code <= 36) {
            return FOREIGNER_CARD;
        }
        if (code >= 61 && code <= 69) {
            return FOREIGNER_KIDS_CARD;
        }
        return OTHER;
    }
}
