package be.sitegate.domain;

/**
 * What reading an eID proved about the card's chip, beside the national register's signatures on
 * its files. Those signatures prove the files, not the card: a copy of them on another chip passes
 * them. Only a chip that signs a fresh challenge with the basic key the register vouched for is the
 * card the register issued.
 */
public enum ChipProof {
    /** The chip signed this insertion's challenge with the basic key whose hash the register signed (applet 1.8). */
    PROVEN,
    /** The data verified, the chip cannot be challenged without a PIN (applet 1.7: its basic key is published nowhere). */
    NOT_PROVABLE,
    /** The chip failed the challenge, or its basic key is not the one the register signed: the card is refused. */
    FAILED
}
