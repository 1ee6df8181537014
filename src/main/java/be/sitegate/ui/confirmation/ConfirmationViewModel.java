package be.sitegate.ui.confirmation;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.OutcomeSounds;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.ui.shared.Msg;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "You are registered": who, for which employer, when; first "saved on this kiosk", then the
 * receipt number as soon as the central service's answer arrives. The whole screen takes the
 * outcome's colour (green, amber, red; see {@link Verdict}) and changes live when the answer
 * changes it, with the outcome's sound each time the outcome is new.
 */
public final class ConfirmationViewModel {

    /** How far the registration got, for the colour of the status line. */
    public enum State {
        STORED,
        CONFIRMED,
        PROBLEM
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Delivery updates remembered in case the receipt is faster than the confirmation screen. */
    private static final int RECENT_UPDATES = 32;

    private final ZoneId zone;
    private final Function<EnterpriseNumber, String> companyName;
    private final OutcomeSounds sounds;
    private final Runnable dismiss;
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.REGISTERED);
    private final ReadOnlyObjectWrapper<Msg> advice = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> headline = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper maskedId = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Msg> employer = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> time = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> status = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STORED);
    private final ReadOnlyObjectWrapper<Msg> notice = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<byte[]> photo = new ReadOnlyObjectWrapper<>();
    private final Map<ClientReference, Delivery> recentUpdates = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientReference, Delivery> eldest) {
            return size() > RECENT_UPDATES;
        }
    };
    /** "Link a badge", offered after an eID that proved who the worker is (issue 19). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper badgeOffered =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private Runnable linkBadge = () -> { };
    /** The confirmation on screen, or null once the screen has gone (a late answer then plays no sound). */
    private Confirmation shown;

    /** A screen that names an employer the service reported only by its number. */
    public ConfirmationViewModel(ZoneId zone, OutcomeSounds sounds, Runnable dismiss) {
        this(zone, EnterpriseNumber::toString, sounds, dismiss);
    }

    /** @param companyName the workplace's name for a company the service names by its number */
    public ConfirmationViewModel(ZoneId zone, Function<EnterpriseNumber, String> companyName, OutcomeSounds sounds,
            Runnable dismiss) {
        this.zone = zone;
        this.companyName = companyName;
        this.sounds = sounds;
        this.dismiss = dismiss;
    }

    public void show(Confirmation next) {
        shown = null; // the next outcome is new, whatever the previous worker's was
        name.set(next.name());
        maskedId.set(next.maskedId());
        employer.set(next.employer().map(c -> Msg.of("confirm.employer", c.name()))
                // The kiosk is not told a Limosa worker's employer: the declaration names it, so say so.
                .orElse(next.limosa() ? Msg.of("confirm.limosa.employer") : Msg.NONE));
        String at = TIME.format(next.at().atZone(zone));
        time.set(next.earlierToday() ? Msg.of("confirm.already.detail", at) : Msg.of("confirm.time", at));
        notice.set(next.notice());
        photo.set(null);
        badgeOffered.set(false);
        onDelivery(next, recentUpdates.getOrDefault(next.reference(), next.delivery()));
    }

    /** The confirmation screen went away; its answers still update what is kept, silently. */
    public void leave() {
        shown = null;
    }

    /** A delivery update from the outbox; it changes the screen only when it is about what is on it. */
    public void onUpdate(DeliveryUpdates.Update update) {
        recentUpdates.put(update.reference(), update.delivery());
        if (shown != null && shown.reference().equals(update.reference())) {
            onDelivery(shown, update.delivery());
        }
    }

    public void onPhoto(byte[] jpeg) {
        photo.set(jpeg);
    }

    private void onDelivery(Confirmation confirmation, Delivery delivery) {
        Verdict verdict = Verdict.of(delivery, !confirmation.event(), confirmation.notice());
        boolean news = shown == null || verdict.outcome() != outcome.get();
        shown = confirmation;
        headline.set(verdict.headline().isNone() ? confirmation.headline() : verdict.headline());
        if (confirmation.limosa() && confirmation.employer().isEmpty()) {
            // The service's answer names the employer of the Limosa declaration; until then, say where it is.
            employer.set(delivery.serviceEmployer().map(c -> Msg.of("confirm.employer", companyName.apply(c)))
                    .orElse(Msg.of("confirm.limosa.employer")));
        }
        advice.set(verdict.advice());
        outcome.set(verdict.outcome());
        showStatus(delivery);
        if (news) {
            sounds.play(verdict.outcome());
        }
    }

    /** The status line: where the record is on its way; a refusal says it in the advice instead. */
    private void showStatus(Delivery delivery) {
        switch (delivery.status()) {
            case ACCEPTED -> {
                state.set(State.CONFIRMED);
                status.set(delivery.receiptNumber()
                        .map(receipt -> Msg.of("confirm.status.accepted", receipt))
                        .orElse(Msg.of("confirm.status.acceptedNoReceipt")));
            }
            case REJECTED, EXPIRED -> {
                state.set(State.PROBLEM);
                status.set(Msg.NONE);
            }
            case PENDING, SENT -> {
                state.set(State.STORED);
                status.set(Msg.of("confirm.status.stored"));
            }
        }
    }

    public void onOk() {
        dismiss.run();
    }

    /** The worker may link a badge now: the button shows, and {@code link} runs when tapped. */
    public void offerBadgeLink(Runnable link) {
        linkBadge = link;
        badgeOffered.set(true);
    }

    public void onLinkBadge() {
        if (badgeOffered.get()) {
            linkBadge.run();
        }
    }

    public javafx.beans.property.ReadOnlyBooleanProperty badgeOfferedProperty() {
        return badgeOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the service flagged or refused it, and what to do; none when all is well. */
    public ReadOnlyObjectProperty<Msg> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maskedIdProperty() {
        return maskedId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> employerProperty() {
        return employer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> photoProperty() {
        return photo.getReadOnlyProperty();
    }
}
