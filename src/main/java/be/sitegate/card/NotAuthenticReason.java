package be.sitegate.card;

/** Which integrity check failed; the UI translates the code. */
public enum NotAuthenticReason {
    RRN_CERTIFICATE_UNREADABLE,
    RRN_CERTIFICATE_UNTRUSTED,
    IDENTITY_SIGNATURE_INVALID,
    ADDRESS_SIGNATURE_INVALID,
    PHOTO_HASH_MISMATCH
}
