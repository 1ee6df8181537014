package be.sitegate.ui.badgelink;

import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The worker's consent to link a badge, in plain words: what is kept (a fingerprint of the badge,
 * their name and number, their employer, the photo only if they tick it) and until when. Agree
 * leads to "hold your badge"; no thanks goes back to the idle screen and keeps nothing.
 */
public final class BadgeConsentViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ZoneId zone;
    private final Consumer<Boolean> agreed;
    private final Runnable declined;
    private final ReadOnlyObjectWrapper<Msg> until = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final BooleanProperty keepPhoto = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Boolean> photoOffered = new ReadOnlyObjectWrapper<>(false);

    /** {@code agreed} is told whether the worker ticked "keep my photo". */
    public BadgeConsentViewModel(ZoneId zone, Consumer<Boolean> agreed, Runnable declined) {
        this.zone = zone;
        this.agreed = agreed;
        this.declined = declined;
    }

    /** A new worker's consent: nothing ticked; the photo can be ticked only when the card gave one. */
    public void show(Instant linkEndsAt, boolean photoAvailable) {
        // The link ends at the start of the day after its last day: the worker reads that last day.
        until.set(Msg.of("badge.consent.until", DATE.format(linkEndsAt.minusSeconds(1).atZone(zone))));
        keepPhoto.set(false);
        photoOffered.set(photoAvailable);
    }

    public void onAgree() {
        agreed.accept(keepPhoto.get() && photoOffered.get());
    }

    public void onNoThanks() {
        declined.run();
    }

    public ReadOnlyObjectProperty<Msg> untilProperty() {
        return until.getReadOnlyProperty();
    }

    public BooleanProperty keepPhotoProperty() {
        return keepPhoto;
    }

    public ReadOnlyObjectProperty<Boolean> photoOfferedProperty() {
        return photoOffered.getReadOnlyProperty();
    }
}
