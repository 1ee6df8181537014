package be.sitegate.reliability;

import be.sitegate.card.NotAuthenticReason;
import be.sitegate.card.ReadFailure;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The genuine applet 1.7 card with its files damaged after the national register signed them:
 * a byte flipped, a file cut short, a TLV length that lies, a signature that is wrong or missing,
 * certificates swapped. Each with the outcome the reader must give it. The forged signers of
 * issue 15 are {@code card.ForgedCards}; the photo, read later, is {@link #photoFlipped()}.
 */
final class DamagedCards {

    static final VirtualCardProfile GENUINE = VirtualCardProfiles.named("rsa-17");
    private static final VirtualCardProfile EC = VirtualCardProfiles.named("ec-18");

    static final String IDENTITY = VirtualCardProfile.IDENTITY;
    static final String IDENTITY_SIGNATURE = VirtualCardProfile.IDENTITY_SIGNATURE;
    static final String ADDRESS = VirtualCardProfile.ADDRESS;
    static final String ADDRESS_SIGNATURE = VirtualCardProfile.ADDRESS_SIGNATURE;
    static final String RRN = VirtualCardProfile.RRN_CERTIFICATE;

    /** What the reader must conclude: refused for {@code failure}, or read and not authentic for {@code reason}. */
    record Expected(ReadFailure failure, NotAuthenticReason reason) {
        static Expected refused(ReadFailure failure) {
            return new Expected(failure, null);
        }

        static Expected notAuthentic(NotAuthenticReason reason) {
            return new Expected(null, reason);
        }

        @Override
        public String toString() {
            return failure != null ? "refused " + failure : "not authentic " + reason;
        }
    }

    record Damage(String name, VirtualCardProfile profile, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private DamagedCards() {
    }

    static List<Damage> all() {
        List<Damage> out = new ArrayList<>();
        byte[] identity = file(IDENTITY);
        byte[] address = file(ADDRESS);
        byte[] rrn = file(RRN);
        // A byte flipped in each file the read takes (in a value, where no parser can notice it).
        out.add(damage("identity: a byte of the last name flipped", IDENTITY,
                flip(identity, valueOffset(identity, 7)),
                Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("identity signature: a byte flipped", IDENTITY_SIGNATURE, flip(file(IDENTITY_SIGNATURE), 100),
                Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("address: a byte of the street flipped", ADDRESS, flip(address, valueOffset(address, 1)),
                Expected.notAuthentic(NotAuthenticReason.ADDRESS_SIGNATURE_INVALID)));
        out.add(damage("address signature: a byte flipped", ADDRESS_SIGNATURE, flip(file(ADDRESS_SIGNATURE), 100),
                Expected.notAuthentic(NotAuthenticReason.ADDRESS_SIGNATURE_INVALID)));
        out.add(damage("RRN certificate: a byte of its signature flipped", RRN, flip(rrn, derLength(rrn) - 3),
                Expected.notAuthentic(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED)));
        out.add(damage("RRN certificate: a byte of its key flipped", RRN, flip(rrn, derLength(rrn) / 2),
                Expected.notAuthentic(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED)));
        // Each file cut short.
        out.add(damage("identity: cut in the middle of a field", IDENTITY, cut(identity, valueOffset(identity, 7) + 2),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        // The parser finds a field missing before any signature is checked.
        out.add(damage("identity: cut before its last field", IDENTITY, cut(identity, lastFieldOffset(identity)),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        out.add(damage("identity: empty", IDENTITY, new byte[0], Expected.refused(ReadFailure.CORRUPT_FILE)));
        out.add(damage("identity signature: cut to half", IDENTITY_SIGNATURE, cut(file(IDENTITY_SIGNATURE), 128),
                Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("address: cut in the middle of a field", ADDRESS, cut(address, valueOffset(address, 1) + 3),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        out.add(damage("address signature: cut to half", ADDRESS_SIGNATURE, cut(file(ADDRESS_SIGNATURE), 128),
                Expected.notAuthentic(NotAuthenticReason.ADDRESS_SIGNATURE_INVALID)));
        out.add(damage("RRN certificate: cut to half", RRN, cut(rrn, derLength(rrn) / 2),
                Expected.notAuthentic(NotAuthenticReason.RRN_CERTIFICATE_UNREADABLE)));
        // TLV lengths that lie.
        out.add(damage("identity: a length running past the end", IDENTITY, setLength(identity, 7, 0xFE),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        // One short, the fields after it are read from the wrong places: the parser notices first.
        out.add(damage("identity: a length one short", IDENTITY, shiftLength(identity, 7, -1),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        out.add(damage("identity: a length continued by FF to the end", IDENTITY, setLength(identity, 7, 0xFF),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        out.add(damage("address: a length running past the end", ADDRESS, setLength(address, 1, 0xF0),
                Expected.refused(ReadFailure.CORRUPT_FILE)));
        // Signatures wrong or missing.
        out.add(damage("identity signature: another card's", IDENTITY_SIGNATURE, VirtualCardProfiles.named("accents")
                .file(IDENTITY_SIGNATURE), Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("identity and address signatures swapped", Map.of(IDENTITY_SIGNATURE, file(ADDRESS_SIGNATURE),
                ADDRESS_SIGNATURE, file(IDENTITY_SIGNATURE)),
                Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("identity signature: all zeros", IDENTITY_SIGNATURE, new byte[file(IDENTITY_SIGNATURE).length],
                Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("address signature: empty", ADDRESS_SIGNATURE, new byte[0],
                Expected.notAuthentic(NotAuthenticReason.ADDRESS_SIGNATURE_INVALID)));
        out.add(without("identity signature: no such file", IDENTITY_SIGNATURE,
                Expected.refused(ReadFailure.NOT_AN_EID)));
        out.add(without("address signature: no such file", ADDRESS_SIGNATURE,
                Expected.refused(ReadFailure.NOT_AN_EID)));
        // Certificates swapped.
        out.add(damage("RRN certificate: the root's in its place", RRN, file(VirtualCardProfile.ROOT_CERTIFICATE),
                Expected.notAuthentic(NotAuthenticReason.RRN_PATH_SHAPE)));
        out.add(damage("RRN certificate: the citizen CA's in its place", RRN,
                file(VirtualCardProfile.CITIZEN_CA_CERTIFICATE),
                Expected.notAuthentic(NotAuthenticReason.RRN_SIGNER_IS_CA)));
        out.add(damage("RRN certificate: the authentication certificate in its place", RRN,
                file(VirtualCardProfile.AUTHENTICATION_CERTIFICATE),
                Expected.notAuthentic(NotAuthenticReason.RRN_PATH_SHAPE)));
        out.add(damage("RRN certificate: the EC card's in its place", RRN, EC.file(RRN),
                Expected.notAuthentic(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID)));
        out.add(damage("RRN certificate: all zeros", RRN, new byte[rrn.length],
                Expected.notAuthentic(NotAuthenticReason.RRN_CERTIFICATE_UNREADABLE)));
        return out;
    }

    /** The photo with one byte flipped: the read is the genuine card's, the photo must not be shown. */
    static VirtualCardProfile photoFlipped() {
        byte[] photo = file(VirtualCardProfile.PHOTO);
        return GENUINE.withFile(VirtualCardProfile.PHOTO, flip(photo, photo.length / 2));
    }

    static byte[] file(String path) {
        return GENUINE.file(path);
    }

    private static Damage damage(String name, String path, byte[] content, Expected expected) {
        return new Damage(name, GENUINE.withFile(path, content), expected);
    }

    private static Damage damage(String name, Map<String, byte[]> files, Expected expected) {
        VirtualCardProfile p = GENUINE;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            p = p.withFile(f.getKey(), f.getValue());
        }
        return new Damage(name, p, expected);
    }

    private static Damage without(String name, String path, Expected expected) {
        Map<String, byte[]> files = new LinkedHashMap<>(GENUINE.files());
        files.remove(path);
        return new Damage(name, new VirtualCardProfile(GENUINE.name() + "-without-" + path, name,
                GENUINE.appletVersion(), GENUINE.atr(), files), expected);
    }

    static byte[] flip(byte[] file, int at) {
        byte[] out = file.clone();
        out[at] ^= 0x01;
        return out;
    }

    static byte[] cut(byte[] file, int length) {
        return Arrays.copyOf(file, length);
    }

    /** Where the length byte of {@code tag} sits (every field of the virtual card is under 255 bytes). */
    static int lengthOffset(byte[] tlv, int tag) {
        int pos = 0;
        while (pos + 1 < tlv.length) {
            if ((tlv[pos] & 0xFF) == tag) {
                return pos + 1;
            }
            pos += 2 + (tlv[pos + 1] & 0xFF);
        }
        throw new IllegalArgumentException("no tag " + tag);
    }

    static int valueOffset(byte[] tlv, int tag) {
        return lengthOffset(tlv, tag) + 1;
    }

    /** Where the last field starts. */
    static int lastFieldOffset(byte[] tlv) {
        int pos = 0;
        int last = 0;
        while (pos + 1 < tlv.length && tlv[pos] != 0) {
            last = pos;
            pos += 2 + (tlv[pos + 1] & 0xFF);
        }
        return last;
    }

    private static byte[] setLength(byte[] tlv, int tag, int length) {
        byte[] out = tlv.clone();
        out[lengthOffset(tlv, tag)] = (byte) length;
        return out;
    }

    private static byte[] shiftLength(byte[] tlv, int tag, int by) {
        byte[] out = tlv.clone();
        int at = lengthOffset(tlv, tag);
        out[at] = (byte) ((out[at] & 0xFF) + by);
        return out;
    }

    /** The length of the DER certificate at the start of a zero-padded certificate file. */
    static int derLength(byte[] file) {
        int first = file[1] & 0xFF;
        if (first < 0x80) {
            return 2 + first;
        }
        int bytes = first & 0x7F;
        int length = 0;
        for (int i = 0; i < bytes; i++) {
            length = (length << 8) | (file[2 + i] & 0xFF);
        }
        return 2 + bytes + length;
    }
}
