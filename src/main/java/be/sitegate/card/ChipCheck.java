package be.sitegate.card;

import be.sitegate.domain.ChipProof;
import java.util.Optional;

/**
 * The outcome of the chip check of one read.
 *
 * @param failure which check failed, set exactly when {@code proof} is {@link ChipProof#FAILED}
 */
record ChipCheck(ChipProof proof, Optional<NotAuthenticReason> failure) {

    static ChipCheck proven() {
        return new ChipCheck(ChipProof.PROVEN, Optional.empty());
    }

    static ChipCheck notProvable() {
        return new ChipCheck(ChipProof.NOT_PROVABLE, Optional.empty());
    }

    static ChipCheck failed(NotAuthenticReason reason) {
        return new ChipCheck(ChipProof.FAILED, Optional.of(reason));
    }
}
