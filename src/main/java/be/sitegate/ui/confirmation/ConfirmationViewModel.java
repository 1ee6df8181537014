package be.sitegate.ui.confirmation;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.ui.shared.Msg;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "You are registered": who, for which employer, when; first "saved on this kiosk", then the
 * receipt number as soon as the central service's answer arrives.
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
    private final Runnable dismiss;
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
    private Confirmation shown;

    public ConfirmationViewModel(ZoneId zone, Runnable dismiss) {
        this.zone = zone;
        this.dismiss = dismiss;
    }

    public void show(Confirmation next) {
        shown = next;
        headline.set(next.headline());
        name.set(next.name());
        maskedId.set(next.maskedId());
        employer.set(next.employer().map(c -> Msg.of("confirm.employer", c.name())).orElse(Msg.NONE));
        String at = TIME.format(next.at().atZone(zone));
        time.set(next.earlierToday() ? Msg.of("confirm.already.detail", at) : Msg.of("confirm.time", at));
        notice.set(next.notice());
        photo.set(null);
        onDelivery(recentUpdates.getOrDefault(next.reference(), next.delivery()));
    }

    /** A delivery update from the outbox; it changes the screen only when it is about what is on it. */
    public void onUpdate(DeliveryUpdates.Update update) {
        recentUpdates.put(update.reference(), update.delivery());
        if (shown != null && shown.reference().equals(update.reference())) {
            onDelivery(update.delivery());
        }
    }

    public void onPhoto(byte[] jpeg) {
        photo.set(jpeg);
    }

    private void onDelivery(Delivery delivery) {
        switch (delivery.status()) {
            case ACCEPTED -> {
                state.set(State.CONFIRMED);
                status.set(delivery.receiptNumber()
                        .map(receipt -> Msg.of("confirm.status.accepted", receipt))
                        .orElse(Msg.of("confirm.status.acceptedNoReceipt")));
            }
            case REJECTED, EXPIRED -> {
                state.set(State.PROBLEM);
                status.set(Msg.of("confirm.status.problem"));
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
