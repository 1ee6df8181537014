package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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

    /**
     * A tap's work in the store once, storing nothing, before the kiosk takes any: the reads a tap
     * makes before it is stored (on each read connection: each parses the schema on its first
     * statement), then a registration's and a check-in's write transactions, rolled back. The first
     * tap of a just-started kiosk paid for all of this itself (SQLite's schema and statements, the
     * JVM loading and linking the code, the pages of the tap's tables and indexes). The reads run
     * once per read connection: the idle ones are taken in turn.
     *
     * @param worker someone who is no one (the kiosk uses a specimen card's number)
     * @param employer any company: a registration by national number names one
     */
    public void warmUp(WorkplaceId workplace, WorkerId worker, EnterpriseNumber employer, LocalDate day, Instant at) {
        for (int i = 0; i < Database.READERS; i++) {
            registrations.find(worker, workplace, day);
            events.last(worker, workplace, day);
            employerChoices.chosen(worker, workplace);
            centralPresences.forDay(workplace, day);
        }
        registrations.rehearse(new NewRegistration(ClientReference.generate(at), workplace, worker,
                Optional.of(employer), day, at, IdentificationMethod.EID_CARD, Optional.empty()));
        events.rehearse(new NewPresenceEvent(ClientReference.generate(at), workplace, worker, Optional.of(employer),
                Direction.IN, Optional.empty(), at, IdentificationMethod.EID_CARD, Optional.empty()));
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
