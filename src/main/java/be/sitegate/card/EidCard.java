package be.sitegate.card;

import be.sitegate.domain.ChipProof;
import be.sitegate.domain.EidAddress;
import be.sitegate.domain.EidIdentity;

/**
 * Everything one read produced: who, where, whether it is authentic, and the raw files behind it.
 *
 * @param chipProof whether the chip proved to be the one the files were issued for ({@link
 *     ChipProof#FAILED} also makes {@code verification} not authentic)
 */
public record EidCard(EidIdentity identity, EidAddress address, Verification verification, EidFiles files,
        ChipProof chipProof) {

    @Override
    public String toString() {
        return "EidCard[" + identity + ", " + verification.outcome() + ", chip " + chipProof + "]";
    }
}
