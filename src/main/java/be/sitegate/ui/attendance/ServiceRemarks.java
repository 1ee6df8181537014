package be.sitegate.ui.attendance;

import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.ui.shared.Msg;

/**
 * The central service's remarks and refusals, which it writes as English capitals, in the foreman's
 * language, each with what to do about it. A remark the contract does not name is shown as the
 * service wrote it rather than hidden.
 */
final class ServiceRemarks {

    private ServiceRemarks() {
    }

    static Msg of(ServiceRemark remark) {
        Remark known = remark.known();
        if (known != Remark.OTHER) {
            return Msg.of("remark." + known.name());
        }
        String text = remark.text().strip();
        return Msg.of("remark.other", remark.code().map(code -> code + ": " + text).orElse(text));
    }

    /** What the site manager does about a remark, in a few words. */
    static Msg remedy(ServiceRemark remark) {
        Remark known = remark.known();
        return Msg.of(known == Remark.OTHER ? "remedy.other" : "remedy." + known.name());
    }
}
