package be.sitegate.kiosk;

import be.sitegate.domain.ChipProof;
import be.sitegate.domain.DocumentType;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What was read from an eID card. The photo is fetched lazily (it is the slowest file on the card
 * and only the confirmation screen needs it).
 *
 * @param validUntil the card's end of validity as printed on it
 * @param authenticity the outcome of checking the card's signatures
 * @param documentType the kind of card, from its identity file (a kids' card is no work card)
 * @param chipProof what the card's chip proved beside its signed files
 */
public record CardIdentity(
        Inss inss,
        String firstNames,
        String lastName,
        LocalDate validUntil,
        Authenticity authenticity,
        Supplier<Optional<byte[]>> photo,
        DocumentType documentType,
        ChipProof chipProof) {

    public CardIdentity {
        Objects.requireNonNull(inss, "inss");
        Objects.requireNonNull(firstNames, "firstNames");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(authenticity, "authenticity");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(chipProof, "chipProof");
    }

    /** How a registration made with this card identified its worker: the chip's proof is what sets them apart. */
    public IdentificationMethod identificationMethod() {
        return chipProof == ChipProof.PROVEN ? IdentificationMethod.EID_CHIP_PROVEN : IdentificationMethod.EID_CARD;
    }

    /**
     * A Belgian or a foreign kids' card (document types 6 and 61-69) identifies a child under 12:
     * nobody registers work with it. A worker holding one has taken the wrong card from the wallet.
     */
    public boolean usableForWork() {
        return documentType != DocumentType.KIDS_CARD && documentType != DocumentType.FOREIGNER_KIDS_CARD;
    }

    /** First given name and last name, as the confirmation greets the worker. */
    public String displayName() {
        String first = firstNames.strip();
        int space = first.indexOf(' ');
        return (space > 0 ? first.substring(0, space) : first) + " " + lastName.strip();
    }

    @Override
    public String toString() {
        return "CardIdentity[" + inss.masked() + ", " + authenticity + ", chip " + chipProof + "]";
    }

    public enum Authenticity {
        AUTHENTIC,
        NOT_AUTHENTIC,
        /** Signatures are fine but the card's validity has ended: registered, with a notice. */
        EXPIRED
    }
}
