package be.sitegate.virtualcard;

import be.sitegate.card.IdentityTag;
import be.sitegate.card.Tlv;
import be.sitegate.virtualcard.VirtualCardPki.Forgery;
import be.sitegate.virtualcard.VirtualCardPki.Signer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in virtual cards, generated from the test PKI on first use. Each one exercises a case
 * the kiosk must handle: applet 1.7 RSA, applet 1.8 EC, a bis number, multi-byte names, an expired
 * card, a tampered identity file, a kids' card, and both public specimen numbers; then the forged
 * cards ({@code forged-*}), whose signer is not an RRN signing certificate. Applet 1.8 cards carry a
 * basic key (file 4040, its hash in tag 26, the private key in the chip); three of them fail the
 * chip proof with files that verify: a cloned chip, a tag 26 naming another key, a chip without key.
 */
public final class VirtualCardProfiles {

    public static final String DEFAULT = "rsa-17";

    static final byte[] ATR_17 = HexFormat.of().parseHex("3B9813400AA503010101AD1311");
    static final byte[] ATR_17_B = HexFormat.of().parseHex("3B9894400AA503010101AD1310");
    static final byte[] ATR_18 = HexFormat.of().parseHex("3B7F96000080318065B085040120120FFF829000");

    private static volatile List<VirtualCardProfile> all;

    private VirtualCardProfiles() {
    }

    public static List<VirtualCardProfile> all() {
        List<VirtualCardProfile> p = all;
        if (p == null) {
            synchronized (VirtualCardProfiles.class) {
                p = all;
                if (p == null) {
                    p = build(VirtualCardPki.get());
                    all = p;
                }
            }
        }
        return p;
    }

    public static Optional<VirtualCardProfile> byName(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The profile or an exception naming the known ones (for the command line and tests). */
    public static VirtualCardProfile named(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("unknown profile '" + name + "', known: "
                + all().stream().map(VirtualCardProfile::name).toList()));
    }

    private static List<VirtualCardProfile> build(VirtualCardPki pki) {
        List<VirtualCardProfile> profiles = new ArrayList<>(specimens(pki));
        for (Forgery forgery : Forgery.values()) {
            profiles.add(forged(forgery, false).build(pki));
            profiles.add(forged(forgery, true).build(pki));
        }
        return List.copyOf(profiles);
    }

    /**
     * A card whose files are signed by a certificate that the trusted root (or a CA under it) issued
     * but that is not an RRN signing certificate: {@code forged-<id>-rsa} is the applet 1.7 specimen,
     * {@code forged-<id>-ec} the applet 1.8 one, re-signed. Every one must read as not authentic.
     */
    private static Holder forged(Forgery forgery, boolean ec) {
        String name = "forged-" + forgery.id() + (ec ? "-ec" : "-rsa");
        String why = switch (forgery) {
            case CA_SIGNER -> "signed by a CA certificate named RRN";
            case NO_SIGNING_USAGE -> "signer's key usage is not for signing";
            case WRONG_SUBJECT -> ec ? "signer is CN=RRN but not in BE" : "signer is not CN=RRN";
            case EXTRA_INTERMEDIATE -> "signer issued by the citizen CA, an intermediate under the root";
            case MISSING_INTERMEDIATE -> "signer issued by an intermediate CA the card does not carry";
            case NOT_VALID_AT_ISSUE -> ec ? "signer valid only from after the card's issue date"
                    : "signer expired before the card's issue date";
        };
        Holder holder = ec
                ? new Holder(name, "forged, applet 1.8 EC: " + why).applet18().nationalNumber("01050399963")
                        .names("Specimen", "Benoît Jean", "").birth("Namur", "03 MAI 2001").sex("M")
                        .validity("10.01.2025", "10.01.2035").address("Rue de Fer 25", "5000", "Namur")
                : new Holder(name, "forged, applet 1.7 RSA: " + why).nationalNumber("71715100070")
                        .names("Specimen", "Alice Geldigekaart", "A").birth("Hamont-Achel", "15 JAN 1971").sex("V")
                        .validity("15.03.2024", "15.03.2034").address("Meirplaats 1 bus 1", "2000", "Antwerpen");
        return holder.signedBy(forgery);
    }

    private static List<VirtualCardProfile> specimens(VirtualCardPki pki) {
        VirtualCardProfile ec18 = ec18("ec-18", "applet 1.8, EC P-384, valid and authentic (specimen 01050399963, born 2001)")
                .build(pki);
        return List.of(
                new Holder("rsa-17", "applet 1.7, RSA, valid and authentic (specimen 71715100070)")
                        .nationalNumber("71715100070").names("Specimen", "Alice Geldigekaart", "A")
                        .birth("Hamont-Achel", "15 JAN 1971").sex("V").validity("15.03.2024", "15.03.2034")
                        .address("Meirplaats 1 bus 1", "2000", "Antwerpen").build(pki),
                ec18,
                new Holder("bis", "bis-number holder on a foreigner card, year-only birth date, SHA-1 photo hash "
                        + "re-signed with SHA-256")
                        .nationalNumber("85473012324").names("Kowalski", "Jan Piotr", "K").nationality("Pools")
                        .birth("Kraków", "1985").sex("M").documentType("12").validity("01.09.2023", "01.09.2028")
                        .photoHash("SHA-1").signature("SHA256withRSA")
                        .address("Brusselsesteenweg 400", "9050", "Gentbrugge").build(pki),
                new Holder("accents", "multi-byte UTF-8 names (French, Polish, Romanian), double-spaced birth date")
                        .nationalNumber("90022820187").names("Müller-Dąbrowska", "Éloïse Ștefania", "Ł")
                        .nationality("Roumaine").birth("Łódź", "28  FEV  1990").sex("F")
                        .validity("02.02.2022", "02.02.2032").address("Rue de l'Église 12", "4000", "Liège").build(pki),
                new Holder("expired", "old applet 1.7 card, SHA-1 signatures, validity ended in 2022")
                        .atr(ATR_17_B).nationalNumber("65010311701").names("Peeters", "Jan", "")
                        .birth("Leuven", "03 JAN 1965").sex("M").validity("02.05.2012", "02.05.2022")
                        .photoHash("SHA-1").signature("SHA1withRSA")
                        .address("Naamsestraat 22", "3000", "Leuven").build(pki),
                new Holder("tampered", "identity file changed after the national register signed it")
                        .nationalNumber("78061522337").names("Janssens", "Marie", "")
                        .birth("Gent", "15 JUN 1978").sex("W").validity("20.11.2021", "20.11.2031")
                        .tamperLastName("Jansen").address("Veldstraat 1", "9000", "Gent").build(pki),
                new Holder("kids", "kids' card (document type 06): no signing certificate, German birth date form")
                        .nationalNumber("16041200528").names("Dubois", "Lucas", "")
                        .birth("Eupen", "12.APR.2016").sex("M").documentType("06").validity("01.06.2024", "01.06.2027")
                        .noSigningCertificate().address("Rathausplatz 14", "4700", "Eupen").build(pki),
                ec18.onAnotherChip("ec-18-cloned-chip", "ec-18's files copied onto another chip: every signature "
                        + "and the key hash verify, the chip's basic key is not the one in 4040",
                        Optional.of(pki.basicKey("ec-18-cloned-chip").getPrivate())),
                ec18("ec-18-wrong-key-hash", "applet 1.8 whose signed tag 26 names another basic key than the "
                        + "chip's own in 4040").keyHashOf("ec-18").build(pki),
                ec18("ec-18-no-basic-key", "applet 1.8 whose chip has no basic key: INTERNAL AUTHENTICATE answers 6A88")
                        .noBasicKeyOnChip().build(pki));
    }

    private static Holder ec18(String name, String description) {
        return new Holder(name, description).applet18().nationalNumber("01050399963").names("Specimen", "Benoît Jean", "")
                .birth("Namur", "03 MAI 2001").sex("M").validity("10.01.2025", "10.01.2035")
                .address("Rue de Fer 25", "5000", "Namur");
    }

    /** Builds one profile's files; every field has a sensible default. */
    private static final class Holder {
        private final String name;
        private final String description;
        private boolean ec;
        private byte[] atr = ATR_17;
        private String nationalNumber;
        private String lastName;
        private String givenNames;
        private String thirdInitial;
        private String nationality = "Belg";
        private String birthPlace;
        private String birthDate;
        private String sex;
        private String documentType = "01";
        private String validFrom;
        private String validTo;
        private String photoHash = "SHA-256";
        private String signature = "SHA256withRSA";
        private String tamperedLastName;
        private boolean signingCertificate = true;
        private String keyHashOf;
        private boolean basicKeyOnChip = true;
        private Forgery forgery;
        private String street;
        private String postalCode;
        private String municipality;

        Holder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        Holder applet18() {
            ec = true;
            atr = ATR_18;
            photoHash = "SHA-384";
            signature = "SHA384withECDSA";
            return this;
        }

        Holder atr(byte[] value) {
            atr = value;
            return this;
        }

        Holder nationalNumber(String value) {
            nationalNumber = value;
            return this;
        }

        Holder names(String last, String given, String third) {
            lastName = last;
            givenNames = given;
            thirdInitial = third;
            return this;
        }

        Holder nationality(String value) {
            nationality = value;
            return this;
        }

        Holder birth(String place, String date) {
            birthPlace = place;
            birthDate = date;
            return this;
        }

        Holder sex(String value) {
            sex = value;
            return this;
        }

        Holder documentType(String value) {
            documentType = value;
            return this;
        }

        Holder validity(String from, String to) {
            validFrom = from;
            validTo = to;
            return this;
        }

        Holder photoHash(String algorithm) {
            photoHash = algorithm;
            return this;
        }

        Holder signature(String algorithm) {
            signature = algorithm;
            return this;
        }

        Holder tamperLastName(String value) {
            tamperedLastName = value;
            return this;
        }

        /** Files signed by a forged signer instead of the national register's key. */
        Holder signedBy(Forgery value) {
            forgery = value;
            return this;
        }

        /** Tag 26 carries the hash of the basic key of card {@code otherCard}, not this card's own. */
        Holder keyHashOf(String otherCard) {
            keyHashOf = otherCard;
            return this;
        }

        /** File 4040 and tag 26 as usual, but the chip holds no basic key. */
        Holder noBasicKeyOnChip() {
            basicKeyOnChip = false;
            return this;
        }

        Holder noSigningCertificate() {
            signingCertificate = false;
            return this;
        }

        Holder address(String streetAndNumber, String postal, String town) {
            street = streetAndNumber;
            postalCode = postal;
            municipality = town;
            return this;
        }

        VirtualCardProfile build(VirtualCardPki pki) {
            try {
                byte[] photo = VirtualPhoto.jpeg(name);
                Map<String, byte[]> files = new LinkedHashMap<>();
                KeyPair chipKey = ec ? pki.basicKey(name) : null;
                byte[] basicKey = chipKey == null ? null : chipKey.getPublic().getEncoded();
                byte[] hashedKey = keyHashOf == null ? basicKey : pki.basicKey(keyHashOf).getPublic().getEncoded();
                byte[] identity = identityFile(lastName, photo, hashedKey);
                Signer signer = forgery == null ? new Signer(pki.rrnKey(ec), pki.rrnCertificate(ec))
                        : pki.forgedSigner(forgery, ec);
                KeyPair rrn = signer.key();
                byte[] identitySignature = signatureFile(sign(rrn, identity));
                byte[] address = pad(addressFile(), 121);
                byte[] addressSignature = signatureFile(sign(rrn, concat(Tlv.trimTrailingZeros(address),
                        identitySignature)));
                if (tamperedLastName != null) {
                    identity = identityFile(tamperedLastName, photo, hashedKey);
                }
                files.put(VirtualCardProfile.IDENTITY, identity);
                files.put(VirtualCardProfile.IDENTITY_SIGNATURE, identitySignature);
                files.put(VirtualCardProfile.ADDRESS, address);
                files.put(VirtualCardProfile.ADDRESS_SIGNATURE, addressSignature);
                files.put(VirtualCardProfile.PHOTO, photo);
                if (basicKey != null) {
                    files.put(VirtualCardProfile.BASIC_PUBLIC_KEY, basicKey);
                }
                String holder = givenNames + " " + lastName;
                files.put(VirtualCardProfile.AUTHENTICATION_CERTIFICATE,
                        certificateFile(pki.citizenCertificate(holder + " (Authentication)", 10)));
                files.put(VirtualCardProfile.SIGNING_CERTIFICATE, signingCertificate
                        ? certificateFile(pki.citizenCertificate(holder + " (Signature)", 11)) : new byte[2048]);
                files.put(VirtualCardProfile.CITIZEN_CA_CERTIFICATE, certificateFile(pki.citizenCa()));
                files.put(VirtualCardProfile.ROOT_CERTIFICATE, certificateFile(pki.root()));
                files.put(VirtualCardProfile.RRN_CERTIFICATE, certificateFile(signer.certificate()));
                Optional<PrivateKey> chip = chipKey == null || !basicKeyOnChip ? Optional.empty()
                        : Optional.of(chipKey.getPrivate());
                return new VirtualCardProfile(name, description, ec ? 0x18 : 0x17, atr, files, chip);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot build virtual card " + name, e);
            }
        }

        private byte[] identityFile(String last, byte[] photo, byte[] basicKey) throws GeneralSecurityException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(Tlv.encode(0, new byte[] {0x00, 0x03}));
            field(out, IdentityTag.CARD_NUMBER, "59" + nationalNumber.substring(1, 11));
            out.writeBytes(Tlv.encode(IdentityTag.CHIP_NUMBER,
                    Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(utf8(name)), 16)));
            field(out, IdentityTag.VALIDITY_BEGIN, validFrom);
            field(out, IdentityTag.VALIDITY_END, validTo);
            field(out, IdentityTag.ISSUING_MUNICIPALITY, municipality);
            field(out, IdentityTag.NATIONAL_NUMBER, nationalNumber);
            field(out, IdentityTag.LAST_NAME, last);
            field(out, IdentityTag.GIVEN_NAMES, givenNames);
            field(out, IdentityTag.THIRD_NAME_INITIAL, thirdInitial);
            field(out, IdentityTag.NATIONALITY, nationality);
            field(out, IdentityTag.BIRTH_PLACE, birthPlace);
            field(out, IdentityTag.BIRTH_DATE, birthDate);
            field(out, IdentityTag.SEX, sex);
            field(out, IdentityTag.NOBLE_CONDITION, "");
            field(out, IdentityTag.DOCUMENT_TYPE, documentType);
            field(out, IdentityTag.SPECIAL_STATUS, "0");
            out.writeBytes(Tlv.encode(IdentityTag.PHOTO_HASH, MessageDigest.getInstance(photoHash).digest(photo)));
            if (basicKey != null) {
                out.writeBytes(Tlv.encode(IdentityTag.BASIC_KEY_HASH,
                        MessageDigest.getInstance("SHA-384").digest(basicKey)));
            }
            return out.toByteArray();
        }

        private byte[] addressFile() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            field(out, IdentityTag.ADDRESS_STREET_AND_NUMBER, street);
            field(out, IdentityTag.ADDRESS_POSTAL_CODE, postalCode);
            field(out, IdentityTag.ADDRESS_MUNICIPALITY, municipality);
            return out.toByteArray();
        }

        private byte[] sign(KeyPair key, byte[] data) throws GeneralSecurityException {
            Signature s = Signature.getInstance(signature);
            s.initSign(key.getPrivate());
            s.update(data);
            return s.sign();
        }

        /** EC signature files are the DER signature followed by zero padding; RSA ones are exact. */
        private byte[] signatureFile(byte[] signatureValue) {
            return ec ? pad(signatureValue, 128) : signatureValue;
        }

        private static void field(ByteArrayOutputStream out, int tag, String value) {
            out.writeBytes(Tlv.encode(tag, utf8(value)));
        }
    }

    /** Certificate files are zero-padded to a fixed size; readers go by the DER length. */
    private static byte[] certificateFile(X509Certificate certificate) {
        try {
            return pad(certificate.getEncoded(), 2048);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pad(byte[] data, int size) {
        return data.length >= size ? data : Arrays.copyOf(data, size);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
