package be.sitegate.ui;

import be.sitegate.ui.shared.Msg;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an eID card adds to the confirmation beyond the worker: a notice about the card (expired)
 * and its photo, read only once the confirmation shows. A typed or scanned number has neither.
 */
record CardExtras(Msg notice, Optional<Supplier<Optional<byte[]>>> photo) {

    static final CardExtras NONE = new CardExtras(Msg.NONE, Optional.empty());

    CardExtras {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(photo, "photo");
    }

    boolean fromACard() {
        return photo.isPresent();
    }
}
