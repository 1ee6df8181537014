package be.sitegate.ui;

import be.sitegate.ui.shared.Msg;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an eID card adds to the confirmation beyond the worker: a notice about the card (expired)
 * and its photo, read only once the confirmation shows; an authentic eID's holder may also link a
 * badge. A typed or scanned number has none of these.
 */
record CardExtras(Msg notice, Optional<Supplier<Optional<byte[]>>> photo,
        Optional<BadgeLinking.Candidate> badgeCandidate) {

    static final CardExtras NONE = new CardExtras(Msg.NONE, Optional.empty());

    CardExtras {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(badgeCandidate, "badgeCandidate");
    }

    /** A card that may not link a badge (not proven, or not an eID at all). */
    CardExtras(Msg notice, Optional<Supplier<Optional<byte[]>>> photo) {
        this(notice, photo, Optional.empty());
    }

    boolean fromACard() {
        return photo.isPresent();
    }
}
