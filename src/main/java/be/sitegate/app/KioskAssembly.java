package be.sitegate.app;

import be.sitegate.card.CardMonitor;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.central.CentralClient;
import be.sitegate.config.ConfigException;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.Inss;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.BadgeLinkPolicy;
import be.sitegate.kiosk.BadgeServices;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CertificateExpiry;
import be.sitegate.kiosk.CentralGateway;
import be.sitegate.kiosk.Corrections;
import be.sitegate.kiosk.DeliveryControl;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.EmployerResolver;
import be.sitegate.kiosk.ErrorHistory;
import be.sitegate.kiosk.EvacuationList;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.PinGate;
import be.sitegate.kiosk.ReportWriter;
import be.sitegate.pki.PinHashes;
import be.sitegate.kiosk.OutcomeSounds;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.store.AttendanceQuery;
import be.sitegate.store.KioskStore;
import be.sitegate.sync.Backoff;
import be.sitegate.sync.CentralPresencePuller;
import be.sitegate.sync.ForwarderSettings;
import be.sitegate.sync.OutboxForwarder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a running kiosk from its environment: the store, the central client, the outbox
 * forwarder and the central search, the card monitor, and the application services the screen
 * calls. Closing it stops everything in reverse order of start.
 *
 * <p>Before anything it takes the store's data folder ({@link DataFolderLock}) and it lets go of it
 * last, so that no two kiosks ever forward the same outbox; a second one fails to start with a
 * {@link DataFolderInUseException}.
 */
public final class KioskAssembly implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskAssembly.class);
    private static final Duration EMPLOYER_LOOKUP_DEADLINE = Duration.ofSeconds(2);
    /** Often enough that the bar turns back soon after space is freed; a probe is one 64 KiB write. */
    static final Duration STORAGE_PROBE_INTERVAL = Duration.ofSeconds(15);

    private final DataFolderLock dataFolder;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final KioskConfig config;
    private final KioskStore store;
    private final KioskSession session;
    private final InitialisationService initialisation;
    private final RegistrationService registration;
    private final CardEventsAdapter cardEvents;
    private final DeliveryWatch deliveries;
    private final SyncStatusAdapter syncStatus;
    private final OutboxDeliveryControl deliveryControl;
    private final OutboxForwarder forwarder;
    private final CentralPresencePuller puller;
    private final StoreAttendanceLog attendanceLog;
    private final AttendanceReports reports;
    private final EvacuationPrinting evacuationList;
    private final ErrorHistory errorHistory;
    private final CentralGatewayAdapter central;
    private final CardMonitor monitor;
    private final StorageHealth storageHealth;
    private final StorageRecovery storageRecovery;
    private final PinGate pinGate;
    private final Corrections corrections;
    private final ToneOutcomeSounds sounds;
    private final DailyRetention retention;
    private final CertificateExpiry certificateExpiry;
    private final BadgeServices badges;

    private KioskAssembly(KioskEnvironment env, DataFolderLock dataFolder, Clock clock, Duration storageProbeInterval) {
        this.dataFolder = dataFolder;
        this.config = env.config();
        // Before anything is opened: a bad workplace number in badge.declaration-ends stops start-up like any bad setting.
        BadgeLinkPolicy badgeLinkPolicy = BadgeLinkSettings.policy(config,
                java.time.LocalDate.ofInstant(clock.instant(), KioskSession.BELGIUM));
        java.security.cert.X509Certificate certificate = env.central().technicalUser().certificate();
        this.certificateExpiry = new CertificateExpiry(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
        toClose.push(env.extras());
        store = KioskStore.open(config.storeFile(), clock);
        toClose.push(store);
        // The data folder is ours, so no earlier process of this kiosk still sends: what one left SENT
        // when it died (a crash, a power cut) is resent now instead of after its lease.
        int inDoubt = store.outbox().releaseLeases();
        if (inDoubt > 0) {
            LOG.info("{} record(s) whose sending an earlier run left unanswered are due again now", inDoubt);
        }
        session = new KioskSession(clock, config.dayEndsAt(), KioskSession.BELGIUM);
        storageHealth = new StorageHealth(clock);
        StorageFaults storageFaults = new StorageFaults(storageHealth);
        storageRecovery = new StorageRecovery(storageHealth, store.writeProbe()::run, storageProbeInterval);
        toClose.push(storageRecovery);
        retention = new DailyRetention(store.retention(), config.retentionDays());
        toClose.push(retention);
        pinGate = new PinGate(new StorePinRecords(store.pin()), new Argon2PinHasher(), configuredPinHash(config), clock);

        CentralClient client = new CentralClient(env.central(), clock);
        toClose.push(client);
        forwarder = new OutboxForwarder(store.outbox(), client::register, forwarderSettings(config), clock);
        toClose.push(forwarder);
        deliveries = new DeliveryWatch(store.outbox());
        forwarder.addListener(status -> deliveries.refresh());
        syncStatus = new SyncStatusAdapter(forwarder);
        deliveryControl = new OutboxDeliveryControl(store.outbox(), forwarder);

        // The first answer of any call may end "connecting": an empty outbox gives the forwarder nothing to send.
        central = new CentralGatewayAdapter(client, config.centralOffers().employerLookup(), EMPLOYER_LOOKUP_DEADLINE,
                syncStatus::knowsServiceOffline, forwarder::observing);
        toClose.push(central);
        StoreInitialisationRepository initialisations = new StoreInitialisationRepository(store.initialisations(), session);
        initialisations.resumeInto(session);
        initialisation = new InitialisationService(central, initialisations, session);
        StoreEmployerChoices choices = new StoreEmployerChoices(store.employerChoices(), storageFaults);
        StorePresenceRecorder recorder = new StorePresenceRecorder(store, storageFaults, reference -> {
            deliveries.watch(reference);
            forwarder.wake();
        });
        // Look-ups wait for the service here, never on the tap's thread; daemons, so none holds the exit.
        java.util.concurrent.ExecutorService lookups = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sitegate-employer-lookup");
            t.setDaemon(true);
            return t;
        });
        toClose.push(lookups::shutdownNow);
        registration = new RegistrationService(session, new EmployerResolver(central, choices, lookups), choices,
                recorder);
        // The badge-link key lives beside the store: a backup of the store alone cannot clone any badge.
        StoreBadgeLinks badgeLinks = new StoreBadgeLinks(store.badgeLinks(),
                BadgeFingerprints.inFolder(DataFolderLock.folderOf(config.storeFile())), storageFaults);
        badges = BadgeServices.over(session, badgeLinks, registration, choices, badgeLinkPolicy);
        corrections = new Corrections(session, central, deliveryControl, registration,
                new StoreCorrectionLog(store.corrections()), clock);

        puller = new CentralPresencePuller((site, from, to) -> forwarder.observing(() -> client.search(site, from, to)),
                store.centralPresences(),
                () -> session.current().map(KioskInitialisation::workplace).map(w -> w.id()), clock);
        toClose.push(puller);
        attendanceLog = new StoreAttendanceLog(store, config.centralOffers().search() ? puller::pullNow : () -> { });
        // One writer thread: exports to a slow stick queue up instead of competing; daemon, so it never holds the exit.
        java.util.concurrent.ExecutorService exports = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sitegate-export");
            t.setDaemon(true);
            return t;
        });
        toClose.push(exports::shutdownNow);
        reports = new AttendanceReports(session, attendanceLog, exports);
        // Its own thread: in an evacuation the list must not wait behind a month's report going to a slow stick.
        java.util.concurrent.ExecutorService printing = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sitegate-evacuation-list");
            t.setDaemon(true);
            return t;
        });
        toClose.push(printing::shutdownNow);
        evacuationList = new EvacuationPrinting(session, LinePrinter.cups(), config.exportFolder(), printing);

        cardEvents = new CardEventsAdapter(config.acceptSpecimenCards());
        EidReader reader = new EidReader(EidReaderSettings.trusting(env.cardRoots())
                .withClock(clock).withTimeLimit(config.cardReadTimeout()));
        // While the card's other files are read and its signatures checked, the employer look-up runs.
        cardEvents.subscribe(new CardEvents.Listener() {
            @Override
            public void nationalNumberRead(Inss nationalNumber) {
                registration.lookUpEarly(WorkerId.of(nationalNumber));
            }
        });
        monitor = new CardMonitor(env.terminals(), reader, cardEvents);
        toClose.push(monitor);
        sounds = new ToneOutcomeSounds(config.soundVolume());
        toClose.push(sounds);
        errorHistory = new ErrorHistory(clock);
        toClose.push(new ErrorHistoryFeed(errorHistory).follow(syncStatus, storageHealth, cardEvents));
        // Last, before start() gives the store to the kiosk's threads and the card monitor brings a tap.
        TapPathWarmUp.run(store, choices, recorder, workplace(), session.today(), clock.instant());
    }

    /**
     * Builds and starts a kiosk; on failure, closes whatever was already opened.
     *
     * @throws DataFolderInUseException when another kiosk holds the data folder (logged here too)
     */
    public static KioskAssembly start(KioskEnvironment env, Clock clock) {
        return start(env, clock, STORAGE_PROBE_INTERVAL);
    }

    /** With another pause between storage probes: a fault test cannot wait 15 s for each recovery. */
    static KioskAssembly start(KioskEnvironment env, Clock clock, Duration storageProbeInterval) {
        DataFolderLock dataFolder;
        try {
            dataFolder = takeDataFolder(env.config(), clock);
        } catch (RuntimeException e) {
            closeQuietly(env.extras());
            throw e;
        }
        KioskAssembly assembly = null;
        try {
            assembly = new KioskAssembly(env, dataFolder, clock, storageProbeInterval);
            assembly.storageRecovery.start();
            assembly.retention.start();
            assembly.forwarder.start();
            if (env.config().centralOffers().search()) {
                assembly.puller.start(env.config().syncPullInterval());
            }
            assembly.monitor.start();
            LOG.info("kiosk started: store {}, central {}", env.config().storeFile(), env.central().baseUrl());
            return assembly;
        } catch (RuntimeException e) {
            if (assembly != null) {
                assembly.close();
            } else {
                closeQuietly(env.extras());
                closeQuietly(dataFolder);
            }
            throw e;
        }
    }

    private static DataFolderLock takeDataFolder(KioskConfig config, Clock clock) {
        try {
            return DataFolderLock.acquire(DataFolderLock.folderOf(config.storeFile()), clock);
        } catch (DataFolderInUseException e) {
            // Something to fix on site, not a bug: the message says what to do, a stack trace would not.
            LOG.error("{}", e.getMessage());
            throw e;
        }
    }

    private static Optional<String> configuredPinHash(KioskConfig config) {
        if (config.pinHash().isPresent() && !PinHashes.isWellFormed(config.pinHash().get())) {
            throw new ConfigException("kiosk.pin-hash", "is not a PIN hash: make one with 'sitegate pin-hash'");
        }
        return config.pinHash().map(String::strip);
    }

    private static ForwarderSettings forwarderSettings(KioskConfig config) {
        return ForwarderSettings.defaults()
                .withBackoff(new Backoff(config.syncBackoffInitial(), config.syncBackoffMax(),
                        () -> ThreadLocalRandom.current().nextDouble()));
    }

    /**
     * Whether the outbox forwarder's loop still turns, for the watchdog: an exchange may take two
     * calls (a token, then the batch), each bounded by the call timeout, plus a minute of slack.
     */
    public boolean forwarderResponsive() {
        return forwarder.responsive(config.callTimeout().multipliedBy(2).plusMinutes(1));
    }

    public KioskConfig config() {
        return config;
    }

    /** Resend, acknowledge, send now: for the foreman's and site manager's screens. */
    public DeliveryControl deliveryControl() {
        return deliveryControl;
    }

    /** Cancellations, resends and registrations on a worker's behalf, each recorded. */
    public Corrections corrections() {
        return corrections;
    }

    /** When the technical user's certificate expires: the status bar warns 30 days before. */
    public CertificateExpiry certificateExpiry() {
        return certificateExpiry;
    }

    /** The foreman's and site manager's PIN. */
    public PinGate pinGate() {
        return pinGate;
    }

    public KioskSession session() {
        return session;
    }

    public InitialisationService initialisation() {
        return initialisation;
    }

    public RegistrationService registration() {
        return registration;
    }

    public BadgeServices badges() {
        return badges;
    }

    public CardEvents cardEvents() {
        return cardEvents;
    }

    /** The short sound for each outcome of a tap, at the configured volume ({@code sound.volume}, 0 = off). */
    public OutcomeSounds sounds() {
        return sounds;
    }

    public DeliveryUpdates deliveries() {
        return deliveries;
    }

    public SyncStatusSource syncStatus() {
        return syncStatus;
    }

    /** Whether registrations can be stored right now, for the status bar. */
    public StorageHealth storageHealth() {
        return storageHealth;
    }

    public AttendanceQuery attendance() {
        return store.attendance();
    }

    /** A day's or a period's report and CSV, and the poster, written off the screen's thread. */
    public ReportWriter reports() {
        return reports;
    }

    /** Who is on site now, on the printer or, without one, in the export folder. */
    public EvacuationList evacuationList() {
        return evacuationList;
    }

    /** The last errors in plain words, for the administration screen. */
    public ErrorHistory errorHistory() {
        return errorHistory;
    }

    /** The foreman's list as the screen reads it, and its refresh from the central search. */
    public AttendanceLog attendanceLog() {
        return attendanceLog;
    }

    /** Cancelling a registration and asking how a receipt stands, for the foreman's screens. */
    public CentralGateway central() {
        return central;
    }

    public Optional<WorkplaceId> workplace() {
        return session.current().map(i -> i.workplace().id());
    }

    @Override
    public void close() {
        while (!toClose.isEmpty()) {
            closeQuietly(toClose.pop());
        }
        // Only now that nothing of this kiosk can send any more may another one take the folder.
        closeQuietly(dataFolder);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.toString());
        }
    }
}
