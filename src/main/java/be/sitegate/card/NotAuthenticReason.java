package be.sitegate.card;

/** Which integrity check failed; the UI translates the code. */
public enum NotAuthenticReason {
    RRN_CERTIFICATE_UNREADABLE,
    /** Its issuer is named as a trusted root, but no trusted root's key verifies it. */
    RRN_CERTIFICATE_UNTRUSTED,
    /** Not issued directly by a trusted root (an intermediate CA, or an unknown issuer), or a root itself. */
    RRN_PATH_SHAPE,
    /** A CA certificate (basic constraints, or a key usage that certifies) signed the files. */
    RRN_SIGNER_IS_CA,
    /** The certificate's key usage does not allow signing data. */
    RRN_KEY_USAGE,
    /** The certificate is not the national register's (subject other than CN=RRN, C=BE). */
    RRN_SUBJECT,
    /** The certificate was not valid on the card's issue date (identity tag 3). */
    RRN_NOT_VALID_AT_ISSUE,
    IDENTITY_SIGNATURE_INVALID,
    ADDRESS_SIGNATURE_INVALID,
    PHOTO_HASH_MISMATCH,
    /** The basic public key file (4040) is missing or holds no EC key of a supported curve. */
    CHIP_BASIC_KEY_UNREADABLE,
    /** The basic public key's SHA-384 is not the one the register signed in identity tag 26: another chip's key. */
    CHIP_BASIC_KEY_HASH_MISMATCH,
    /** The chip answered 6A88: it holds no basic key, though the register says this card has one. */
    CHIP_BASIC_KEY_MISSING,
    /** The chip answered 6985: its challenges are used up (5,000) until a PIN is verified. */
    CHIP_CHALLENGE_BLOCKED,
    /** The chip refused the challenge with another status word. */
    CHIP_CHALLENGE_REFUSED,
    /** The chip's answer is not a signature of this insertion's challenge by the basic key: a copied card. */
    CHIP_SIGNATURE_INVALID
}
