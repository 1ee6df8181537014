package be.sitegate.card;

import be.sitegate.domain.EidAddress;
import be.sitegate.domain.EidIdentity;

/** Everything one read produced: who, where, whether it is authentic, and the raw files behind it. */
public record EidCard(EidIdentity identity, EidAddress address, Verification verification, EidFiles files) {

    @Override
    public String toString() {
        return "EidCard[" + identity + ", " + verification.outcome() + "]";
    }
}
