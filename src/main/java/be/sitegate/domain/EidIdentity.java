package be.sitegate.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of an eID card holder as written on the card's identity file. Pure data: how it was
 * read and whether it is authentic is the card layer's business.
 *
 * @param nationalNumber the INSS (national register or bis number)
 * @param givenNames the first two given names, space separated
 * @param thirdNameInitial first letter of the third given name, empty when there is none
 * @param chipNumberHex the 16-byte chip number as upper-case hex
 * @param photoHashHex hash of the photo file (20, 32 or 48 bytes) as upper-case hex
 * @param documentTypeCode the exact code (1, 6, 11-36, 61-69...) behind {@link #documentType()}
 * @param otherMentions text of the rarer fields (duplicate, work permit, VAT numbers, Brexit
 *     mentions...) keyed by their tag number, so nothing the card says is lost
 */
public record EidIdentity(
        Inss nationalNumber,
        String lastName,
        String givenNames,
        String thirdNameInitial,
        String nationality,
        String birthPlace,
        BirthDate birthDate,
        Sex sex,
        DocumentType documentType,
        int documentTypeCode,
        String cardNumber,
        String chipNumberHex,
        LocalDate validityBegin,
        LocalDate validityEnd,
        String issuingMunicipality,
        String nobleCondition,
        String specialStatus,
        String photoHashHex,
        boolean memberOfFamily,
        Map<Integer, String> otherMentions) {

    public EidIdentity {
        Objects.requireNonNull(nationalNumber, "nationalNumber");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(validityBegin, "validityBegin");
        Objects.requireNonNull(validityEnd, "validityEnd");
        thirdNameInitial = Objects.requireNonNullElse(thirdNameInitial, "");
        nationality = Objects.requireNonNullElse(nationality, "");
        birthPlace = Objects.requireNonNullElse(birthPlace, "");
        cardNumber = Objects.requireNonNullElse(cardNumber, "");
        chipNumberHex = Objects.requireNonNullElse(chipNumberHex, "");
        issuingMunicipality = Objects.requireNonNullElse(issuingMunicipality, "");
        nobleCondition = Objects.requireNonNullElse(nobleCondition, "");
        specialStatus = Objects.requireNonNullElse(specialStatus, "");
        photoHashHex = Objects.requireNonNullElse(photoHashHex, "");
        otherMentions = Map.copyOf(otherMentions);
    }

    /** True when the card's validity ended before {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return validityEnd.isBefore(today);
    }

    /** A birth date as cards write it: sometimes only the year (month and day then 0). */
    public record BirthDate(int year, int month, int day) {

        public BirthDate {
            if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
                throw new IllegalArgumentException("impossible birth date parts");
            }
        }

        public static BirthDate yearOnly(int year) {
            return new BirthDate(year, 0, 0);
        }

        public static BirthDate of(LocalDate date) {
            return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }

        public boolean isYearOnly() {
            return month == 0;
        }

        /** The full date, empty when the card carries only the year. */
        public Optional<LocalDate> toLocalDate() {
            return month == 0 || day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
        }
    }

    /** Sex as printed: M, or F/V/W for women depending on the card's language. */
    public enum Sex {
        MALE,
        FEMALE,
        UNKNOWN;

        public static Sex fromCardLetter(String letter) {
            return switch (letter.trim().toUpperCase(java.util.Locale.ROOT)) {
                case "M" -> MALE;
                case "F", "V", "W" -> FEMALE;
                default -> UNKNOWN;
            };
        }
    }

    /** Never the full national number: logs may leave the kiosk. */
    @Override
    public String toString() {
        return "EidIdentity[" + nationalNumber.masked() + ", card " + documentType + ", valid until " + validityEnd + "]";
    }
}
