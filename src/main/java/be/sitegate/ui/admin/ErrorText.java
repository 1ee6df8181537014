package be.sitegate.ui.admin;

import be.sitegate.kiosk.ErrorHistory;
import be.sitegate.ui.shared.Msg;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the kiosk's error history in plain words: a delivery or certificate failure as the
 * last-error row words it, a store or reader failure as the status bar does. A code without words
 * still shows, as itself.
 */
final class ErrorText {

    private static final Set<String> STORAGE = Set.of("FULL", "READ_ONLY", "CORRUPT", "OTHER");
    private static final Set<String> READER = Set.of("NO_READER", "NO_SERVICE");

    private ErrorText() {
    }

    static Msg of(ErrorHistory.Entry entry) {
        return switch (entry.source()) {
            case DELIVERY, CERTIFICATE -> LastErrorText.of(Optional.of(entry.code()));
            case STORAGE -> STORAGE.contains(entry.code()) ? Msg.of("status.storage." + entry.code())
                    : Msg.of("admin.error.other", entry.code());
            case CARD_READER -> READER.contains(entry.code()) ? Msg.of("status.reader." + entry.code())
                    : Msg.of("admin.error.other", entry.code());
        };
    }
}
