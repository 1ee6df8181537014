package be.sitegate.card;

import java.util.HexFormat;

/** The eID files the kiosk reads, with their paths from the master file. */
public enum EidFile {
    IDENTITY("3F00DF014031"),
    IDENTITY_SIGNATURE("3F00DF014032"),
    ADDRESS("3F00DF014033"),
    ADDRESS_SIGNATURE("3F00DF014034"),
    PHOTO("3F00DF014035"),
    /** Applet 1.8: the basic public key, a DER SubjectPublicKeyInfo (EC). */
    BASIC_PUBLIC_KEY("3F00DF014040"),
    RRN_CERTIFICATE("3F00DF00503C");

    private final String path;

    EidFile(String path) {
        this.path = path;
    }

    /** The path with the leading 3F00, as sent in SELECT FILE by path (P1=08). */
    public byte[] path() {
        return HexFormat.of().parseHex(path);
    }
}
