package be.sitegate.ui;

import be.sitegate.domain.Remark;

/**
 * The central service's remarks and refusals, which it writes as English capitals, in the foreman's
 * language. A remark the contract does not name is shown as the service wrote it rather than hidden.
 */
final class ServiceRemarks {

    private ServiceRemarks() {
    }

    static Msg of(String remark) {
        Remark known = Remark.classify(remark);
        return known == Remark.OTHER ? Msg.of("remark.other", remark.strip()) : Msg.of("remark." + known.name());
    }
}
