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
    PHOTO_HASH_MISMATCH
}
