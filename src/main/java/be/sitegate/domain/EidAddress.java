package be.sitegate.domain;

import java.util.Objects;

/** The holder's main address as written on the card's address file. */
public record EidAddress(String streetAndNumber, String postalCode, String municipality) {

    public EidAddress {
        Objects.requireNonNull(streetAndNumber, "streetAndNumber");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(municipality, "municipality");
    }
}
