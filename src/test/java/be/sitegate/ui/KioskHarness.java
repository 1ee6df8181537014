package be.sitegate.ui;

import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.BadgeLinkPolicy;
import be.sitegate.kiosk.BadgeServices;
import be.sitegate.kiosk.EmployerResolver;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.kiosk.fake.InMemoryBadgeLinks;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.kiosk.fake.FakeSyncStatus;
import be.sitegate.testkit.Fixtures;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.kiosk.fake.InMemoryPresences;
import be.sitegate.kiosk.fake.RecordingSounds;
import be.sitegate.testkit.TestClock;
import java.util.Optional;

/** The kiosk's services wired to in-memory fakes, as both the view-model and the TestFX tests use them. */
public final class KioskHarness {

    public final TestClock clock = TestClock.mondayMorning();
    public final FakeCentralService central = new FakeCentralService().knows(Fixtures.construction()).knows(Fixtures.cleaning());
    public final InMemoryInitialisations cache = new InMemoryInitialisations();
    public final InMemoryEmployerChoices choices = new InMemoryEmployerChoices();
    public final InMemoryPresences presences = new InMemoryPresences();
    public final FakeCard card = new FakeCard();
    public final FakeSyncStatus sync = new FakeSyncStatus();
    /** What the screens asked to hear; nothing is played in tests. */
    public final RecordingSounds sounds = new RecordingSounds();
    public final StorageHealth storage = new StorageHealth(clock);
    public final InMemoryBadgeLinks badgeLinks = new InMemoryBadgeLinks();
    public final KioskSession session;
    public final KioskServices services;

    public KioskHarness(KioskSettings settings) {
        this(settings, null);
    }

    /** With the session on another clock (the demo runs on real time); null means the test clock. */
    public KioskHarness(KioskSettings settings, java.time.Clock sessionClock) {
        session = new KioskSession(sessionClock == null ? clock : sessionClock);
        InitialisationService initialisation = new InitialisationService(central, cache, session);
        RegistrationService registration = new RegistrationService(session, new EmployerResolver(central, choices),
                choices, presences);
        services = new KioskServices(session, initialisation, registration, card, presences, sync, storage,
                Optional.of(presences), settings, sounds).withBadges(BadgeServices.over(session, badgeLinks,
                        registration, choices, BadgeLinkPolicy.days(BadgeLinkPolicy.DEFAULT_LINK_DAYS)));
    }

    public KioskHarness() {
        this(KioskSettings.defaults());
    }

    /** Opens the kiosk for a workplace as the contractor would, without the screen. */
    public KioskHarness open(WorkplaceId workplace) {
        services.initialisation().initialise("foreman", "secret".toCharArray(), workplace);
        return this;
    }
}
