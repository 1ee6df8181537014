package be.sitegate.ui.statusbar;

import be.sitegate.domain.KioskInitialisation;
import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.CertificateExpiry;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The always-visible bottom line: workplace, time, connection, queue and card reader, and in red
 * when the kiosk cannot store registrations.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final ZoneId zone;
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workplace = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Msg> connection = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Msg> queue = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> attention = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper sendingStopped = new ReadOnlyBooleanWrapper(false);
    private Instant now = Instant.EPOCH;
    private SyncStatus lastSync;
    private final ReadOnlyObjectWrapper<Msg> reader = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper readerReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper fromCache = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Msg> storageProblem = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper connectionAndQueueShown = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Msg> certificate = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private Optional<CertificateExpiry> certificateExpiry = Optional.empty();

    public StatusBarViewModel(ZoneId zone) {
        this.zone = zone;
    }

    public void onTick(Instant now) {
        boolean newDay = !now.atZone(zone).toLocalDate().equals(this.now.atZone(zone).toLocalDate());
        this.now = now;
        time.set(TIME.format(now.atZone(zone)));
        showCertificate();
        if (newDay && lastSync != null) {
            onSync(lastSync); // "since 07:00" becomes "since 23/11" once that is no longer today
        }
    }

    public void onInitialisation(Optional<KioskInitialisation> initialisation) {
        workplace.set(initialisation.map(i -> i.workplace().id() + " · " + i.workplace().address()).orElse(""));
        fromCache.set(initialisation.map(KioskInitialisation::fromCache).orElse(false));
    }

    /**
     * "Connecting" until the service first answered, "online" only after; "offline" only when the
     * service cannot be reached, "refusing" when it answers with errors; how
     * many wait and since when; how many need the foreman's look. (Since when the trouble began is
     * for the foreman's screens: the bar has no room for two times at 1024 pixels.)
     */
    public void onSync(SyncStatus status) {
        lastSync = status;
        online.set(status.online());
        sendingStopped.set(status.connection() == Connection.NOT_ACCEPTED);
        connection.set(switch (status.connection()) {
            // "Online" is a claim the service must have confirmed: until its first answer the kiosk only tries.
            case CONNECTING -> Msg.of("status.connecting");
            case ONLINE -> Msg.of("status.online");
            case OFFLINE -> Msg.of("status.offline");
            case REFUSING -> Msg.of("status.refusing");
            case NOT_ACCEPTED -> Msg.of("status.notAccepted");
        });
        queue.set(status.waiting() == 0 ? Msg.of("status.queue.empty")
                : Msg.of("status.queue", status.waiting(), when(status.waitingSince().orElse(now))));
        attention.set(status.toAcknowledge() == 0 ? Msg.NONE : Msg.of("status.attention", status.toAcknowledge()));
    }

    /** A time today, or only the day when it was earlier (a queue can wait across midnight; the bar is narrow). */
    private String when(Instant at) {
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? TIME : DAY).format(at.atZone(zone));
    }

    /**
     * While the kiosk cannot store, the bar says so (red) and leaves out the connection and the
     * queue: "Offline – saved on this kiosk" or "Nothing waiting" would read as if registrations were
     * being kept, and the store is the one thing the site manager must act on first. It says what to
     * do too, since that differs: space freed is found by itself, but a disk the kernel turned
     * read-only or a damaged database needs the site manager and a restart.
     */
    public void onStorage(StorageHealth.State state) {
        boolean failing = state instanceof StorageHealth.Failing;
        storageProblem.set(state instanceof StorageHealth.Failing f
                ? Msg.of("status.storage.todo." + f.reason().name(), Msg.of("status.storage." + f.reason().name()))
                : Msg.NONE);
        connectionAndQueueShown.set(!failing);
    }

    /**
     * The technical user's certificate: from 30 days before it expires the bar counts the days down,
     * so the site manager has it renewed before sending stops (README, "Renewing the certificate").
     */
    public void onCertificate(Optional<CertificateExpiry> expiry) {
        certificateExpiry = expiry;
        showCertificate();
    }

    private void showCertificate() {
        certificate.set(certificateExpiry.map(e -> switch (e.state(now)) {
            case EXPIRING -> Msg.of("status.certificate.expiring", e.daysLeft(now));
            case EXPIRED -> Msg.of("status.certificate.expired");
            // Not valid yet is a wrong clock or a wrong file: the connection already says sending stopped.
            case VALID, NOT_YET_VALID -> Msg.NONE;
        }).orElse(Msg.NONE));
    }

    public void onReader(ReaderStatus status) {
        reader.set(Msg.of("status.reader." + status.name()));
        readerReady.set(status == ReaderStatus.READY);
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workplaceProperty() {
        return workplace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> queueProperty() {
        return queue.getReadOnlyProperty();
    }

    /** How many refused or not-sent-in-time records wait for the foreman; none when empty. */
    public ReadOnlyObjectProperty<Msg> attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** The service does not accept this kiosk: nothing is sent until someone fixes it. */
    public ReadOnlyBooleanProperty sendingStoppedProperty() {
        return sendingStopped.getReadOnlyProperty();
    }

    /** The certificate's warning; none while it has more than 30 days left. */
    public ReadOnlyObjectProperty<Msg> certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> readerProperty() {
        return reader.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readerReadyProperty() {
        return readerReady.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fromCacheProperty() {
        return fromCache.getReadOnlyProperty();
    }

    /** Why the kiosk cannot store registrations, for the site manager; none while storing works. */
    public ReadOnlyObjectProperty<Msg> storageProblemProperty() {
        return storageProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectionAndQueueShownProperty() {
        return connectionAndQueueShown.getReadOnlyProperty();
    }
}
