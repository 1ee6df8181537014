package be.sitegate.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One remark or refusal the central service attached to a record, kept as data: the service's error
 * code when it gave one (refusals carry a code, validation remarks only a text) and its text verbatim.
 */
public record ServiceRemark(Optional<String> code, String text) {

    public ServiceRemark {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** A validation remark on a registered record: text only. */
    public static ServiceRemark remark(String text) {
        return new ServiceRemark(Optional.empty(), text);
    }

    /** A refusal: the service's code and its description. */
    public static ServiceRemark error(String code, String text) {
        return new ServiceRemark(Optional.of(code), text);
    }

    /** The entry of the service's remark table this is, or {@link Remark#OTHER}. */
    public Remark known() {
        return Remark.of(text);
    }
}
