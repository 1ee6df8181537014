package be.sitegate.virtualcard;

import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One virtual card: its ATR, applet version and the content of every elementary file, keyed by
 * the full path from the master file as upper-case hex ({@code 3F00DF014031}).
 *
 * @param basicKey the chip's private basic key (applet 1.8), which signs INTERNAL AUTHENTICATE
 *     challenges; empty on a chip that has none (the card then answers 6A88). It is the chip's, not
 *     a file: a profile with another card's files and its own key is a cloned card.
 */
public record VirtualCardProfile(String name, String description, int appletVersion, byte[] atr,
        Map<String, byte[]> files, Optional<PrivateKey> basicKey) {

    public static final String IDENTITY = "3F00DF014031";
    public static final String IDENTITY_SIGNATURE = "3F00DF014032";
    public static final String ADDRESS = "3F00DF014033";
    public static final String ADDRESS_SIGNATURE = "3F00DF014034";
    public static final String PHOTO = "3F00DF014035";
    public static final String BASIC_PUBLIC_KEY = "3F00DF014040";
    public static final String AUTHENTICATION_CERTIFICATE = "3F00DF005038";
    public static final String SIGNING_CERTIFICATE = "3F00DF005039";
    public static final String CITIZEN_CA_CERTIFICATE = "3F00DF00503A";
    public static final String ROOT_CERTIFICATE = "3F00DF00503B";
    public static final String RRN_CERTIFICATE = "3F00DF00503C";

    public VirtualCardProfile {
        atr = atr.clone();
        files = Map.copyOf(new LinkedHashMap<>(files));
    }

    /** A card without a basic key: every applet 1.7 card, and cards made up by tests. */
    public VirtualCardProfile(String name, String description, int appletVersion, byte[] atr,
            Map<String, byte[]> files) {
        this(name, description, appletVersion, atr, files, Optional.empty());
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    /** A copy of one file's content, or null when the card has no such file. */
    public byte[] file(String path) {
        byte[] content = files.get(path.toUpperCase(java.util.Locale.ROOT));
        return content == null ? null : content.clone();
    }

    /** The same card with one file replaced: for corrupt-file tests. */
    public VirtualCardProfile withFile(String path, byte[] content) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        copy.put(path, content.clone());
        return new VirtualCardProfile(name, description, appletVersion, atr, copy, basicKey);
    }

    /** The same files on another chip: named {@code newName}, with {@code chipKey} as its basic key (or none). */
    public VirtualCardProfile onAnotherChip(String newName, String newDescription, Optional<PrivateKey> chipKey) {
        return new VirtualCardProfile(newName, newDescription, appletVersion, atr, files, chipKey);
    }

    @Override
    public String toString() {
        return name + " (applet " + HexFormat.of().toHexDigits((byte) appletVersion) + ")";
    }
}
