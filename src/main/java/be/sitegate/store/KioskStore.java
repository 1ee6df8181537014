package be.sitegate.store;

import java.nio.file.Path;
import java.time.Clock;

/** The kiosk's one database file and the stores over it, opened and closed together. */
public final class KioskStore implements AutoCloseable {

    /** Record days are Belgian days (the store's dates are written in the workplace's zone). */
    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

    private final Database database;
    private final RegistrationStore registrations;
    private final PresenceEventStore events;
    private final OutboxStore outbox;
    private final InitialisationStore initialisations;
    private final EmployerChoiceStore employerChoices;
    private final CentralPresenceStore centralPresences;
    private final AttendanceQuery attendance;
    private final WriteProbe writeProbe;
    private final PinStore pin;
    private final CorrectionStore corrections;
    private final RetentionPurge retention;
    private final BadgeLinkStore badgeLinks;

    private KioskStore(Database database, Clock clock) {
        this.database = database;
        this.registrations = new RegistrationStore(database, clock);
        this.events = new PresenceEventStore(database, clock);
        this.outbox = new OutboxStore(database, clock);
        this.initialisations = new InitialisationStore(database);
        this.employerChoices = new EmployerChoiceStore(database, clock);
        this.centralPresences = new CentralPresenceStore(database);
        this.attendance = new AttendanceQuery(database, registrations, events, centralPresences);
        this.writeProbe = new WriteProbe(database);
        this.pin = new PinStore(database);
        this.corrections = new CorrectionStore(database);
        this.retention = new RetentionPurge(database, clock, BRUSSELS);
        this.badgeLinks = new BadgeLinkStore(database);
    }

    public static KioskStore open(Path file, Clock clock) {
        return new KioskStore(Database.open(file), clock);
    }

    public Database database() {
        return database;
    }

    public RegistrationStore registrations() {
        return registrations;
    }

    public PresenceEventStore events() {
        return events;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    public InitialisationStore initialisations() {
        return initialisations;
    }

    public BadgeLinkStore badgeLinks() {
        return badgeLinks;
    }

    public EmployerChoiceStore employerChoices() {
        return employerChoices;
    }

    public CentralPresenceStore centralPresences() {
        return centralPresences;
    }

    public AttendanceQuery attendance() {
        return attendance;
    }

    /** A write that succeeds only when a registration could be stored now. */
    public CorrectionStore corrections() {
        return corrections;
    }

    /** Deletes resolved records older than the retention period (docs/OPERATIONS.md). */
    public RetentionPurge retention() {
        return retention;
    }

    public PinStore pin() {
        return pin;
    }

    public WriteProbe writeProbe() {
        return writeProbe;
    }

    @Override
    public void close() {
        database.close();
    }
}
