package be.sitegate.ui.shared;

import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import java.util.List;

/**
 * The central service's remarks and refusals, which it writes as English capitals, in the reader's
 * language (the foreman's list, the worker's confirmation), each with what to do about it. A remark
 * the contract does not name is shown as the service wrote it rather than hidden.
 */
public final class ServiceRemarks {

    private ServiceRemarks() {
    }

    public static Msg of(ServiceRemark remark) {
        Remark known = remark.known();
        if (known != Remark.OTHER) {
            return Msg.of("remark." + known.name());
        }
        String text = remark.text().strip();
        return Msg.of("remark.other", remark.code().map(code -> code + ": " + text).orElse(text));
    }

    /** What the site manager does about a remark, in a few words. */
    public static Msg remedy(ServiceRemark remark) {
        Remark known = remark.known();
        return Msg.of(known == Remark.OTHER ? "remedy.other" : "remedy." + known.name());
    }

    /** Several remarks as one text, in the service's order: "first; second; third". */
    public static Msg all(List<ServiceRemark> remarks) {
        if (remarks.isEmpty()) {
            return Msg.NONE;
        }
        Msg out = of(remarks.get(remarks.size() - 1));
        for (int i = remarks.size() - 2; i >= 0; i--) {
            out = Msg.of("remark.join", of(remarks.get(i)), out);
        }
        return out;
    }
}
