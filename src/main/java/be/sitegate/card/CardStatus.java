package be.sitegate.card;

import java.util.Objects;

/** One status report: the code and the reader it concerns ("" when it concerns no reader). */
public record CardStatus(MonitorStatus code, String readerName) {

    public CardStatus {
        Objects.requireNonNull(code, "code");
        readerName = Objects.requireNonNullElse(readerName, "");
    }

    public static CardStatus of(MonitorStatus code) {
        return new CardStatus(code, "");
    }
}
