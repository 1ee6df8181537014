package be.sitegate.card;

import static be.sitegate.card.IdentityTag.*;

import be.sitegate.domain.DocumentType;
import be.sitegate.domain.EidAddress;
import be.sitegate.domain.EidIdentity;
import be.sitegate.domain.EidIdentity.Sex;
import be.sitegate.domain.Inss;
import be.sitegate.domain.InvalidIdentifierException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Turns the identity and address files into domain values; unknown tags are skipped. */
public final class EidFileParser {

    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    /** Binary fields shown as hex in {@link EidIdentity#otherMentions()}. */
    private static final int[] BINARY_TAGS = {BASIC_KEY_HASH};

    private EidFileParser() {
    }

    /** Thrown when the national number on the card breaks the INSS rules: a corrupt or forged card. */
    public static final class InvalidNationalNumberException extends Exception {
        InvalidNationalNumberException(InvalidIdentifierException cause) {
            super("national number on the card refused: " + cause.reason(), cause);
        }
    }

    public static EidIdentity parseIdentity(byte[] file) throws CorruptFileException, InvalidNationalNumberException {
        Map<Integer, byte[]> f = Tlv.parse(file);
        Inss inss;
        try {
            inss = Inss.parse(required(f, NATIONAL_NUMBER));
        } catch (InvalidIdentifierException e) {
            throw new InvalidNationalNumberException(e);
        }
        Map<Integer, String> others = new TreeMap<>();
        for (Map.Entry<Integer, byte[]> field : f.entrySet()) {
            int tag = field.getKey(); // one byte: 0-255
            if (tag >= DUPLICATE && tag != MEMBER_OF_FAMILY && tag != PHOTO_HASH) {
                others.put(tag, isBinary(tag) ? hex(field.getValue()) : text(field.getValue()));
            }
        }
        String documentType = required(f, DOCUMENT_TYPE).trim();
        int documentCode;
        try {
            documentCode = Integer.parseInt(documentType);
        } catch (NumberFormatException e) {
            throw new CorruptFileException("document type is not a number", e);
        }
        return new EidIdentity(
                inss,
                required(f, LAST_NAME),
                optional(f, GIVEN_NAMES),
                optional(f, THIRD_NAME_INITIAL),
                optional(f, NATIONALITY),
                optional(f, BIRTH_PLACE),
                BirthDateParser.parse(required(f, BIRTH_DATE)),
                Sex.fromCardLetter(optional(f, SEX)),
                DocumentType.fromCode(documentCode),
                documentCode,
                optional(f, CARD_NUMBER),
                f.containsKey(CHIP_NUMBER) ? hex(f.get(CHIP_NUMBER)) : "",
                date(required(f, VALIDITY_BEGIN)),
                date(required(f, VALIDITY_END)),
                optional(f, ISSUING_MUNICIPALITY),
                optional(f, NOBLE_CONDITION),
                optional(f, SPECIAL_STATUS),
                f.containsKey(PHOTO_HASH) ? hex(f.get(PHOTO_HASH)) : "",
                f.containsKey(MEMBER_OF_FAMILY),
                others);
    }

    public static EidAddress parseAddress(byte[] file) throws CorruptFileException {
        Map<Integer, byte[]> f = Tlv.parse(file);
        return new EidAddress(required(f, ADDRESS_STREET_AND_NUMBER), optional(f, ADDRESS_POSTAL_CODE),
                optional(f, ADDRESS_MUNICIPALITY));
    }

    /** The photo hash bytes of tag 17, empty when the card has none. */
    public static byte[] photoHash(byte[] identityFile) throws CorruptFileException {
        byte[] hash = Tlv.parse(identityFile).get(PHOTO_HASH);
        return hash == null ? new byte[0] : hash;
    }

    private static boolean isBinary(int tag) {
        for (int b : BINARY_TAGS) {
            if (b == tag) {
                return true;
            }
        }
        return false;
    }

    static LocalDate date(String text) throws CorruptFileException {
        String trimmed = text.trim();
        LocalDate plain = plainCardDate(trimmed);
        if (plain != null) {
            return plain;
        }
        try {
            return LocalDate.parse(trimmed, CARD_DATE);
        } catch (DateTimeException e) {
            throw new CorruptFileException("unreadable card validity date", e);
        }
    }

    /**
     * {@code DD.MM.YYYY} with a day of 1-31 and a month of 1-12, read without the formatter, as the
     * formatter reads it (its default, smart, resolution takes a day past the month's end as the
     * month's last day: 31.04 is 30 April); null for anything else, which the formatter reads or refuses.
     */
    private static LocalDate plainCardDate(String text) {
        if (text.length() != 10 || text.charAt(2) != '.' || text.charAt(5) != '.') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 0) {
            return null;
        }
        return LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()));
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String required(Map<Integer, byte[]> fields, int tag) throws CorruptFileException {
        byte[] value = fields.get(tag);
        if (value == null) {
            throw new CorruptFileException("mandatory tag " + tag + " missing");
        }
        return text(value);
    }

    private static String optional(Map<Integer, byte[]> fields, int tag) {
        byte[] value = fields.get(tag);
        return value == null ? "" : text(value);
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    private static String hex(byte[] value) {
        return HexFormat.of().withUpperCase().formatHex(value);
    }
}
