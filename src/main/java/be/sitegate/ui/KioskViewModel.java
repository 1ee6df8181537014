package be.sitegate.ui;

import be.sitegate.domain.Company;
import be.sitegate.domain.OutReason;
import be.sitegate.kiosk.BadgeServices;
import be.sitegate.kiosk.Corrections;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Subscription;
import be.sitegate.ui.admin.AdminExports;
import be.sitegate.ui.admin.AdminViewModel;
import be.sitegate.ui.attendance.AttendanceViewModel;
import be.sitegate.ui.attendance.EvacuationPrint;
import be.sitegate.ui.breakorend.BreakOrEndViewModel;
import be.sitegate.ui.confirmation.ConfirmationViewModel;
import be.sitegate.ui.corrections.CorrectionsViewModel;
import be.sitegate.ui.employerchoice.EmployerChoiceViewModel;
import be.sitegate.ui.idle.IdleViewModel;
import be.sitegate.ui.initialisation.InitialisationViewModel;
import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.reading.ReadingViewModel;
import be.sitegate.ui.shared.Countdown;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Language;
import be.sitegate.ui.shared.LanguageChoice;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.pin.PinViewModel;
import be.sitegate.ui.statusbar.StatusBarViewModel;
import be.sitegate.ui.typedentry.TypedEntryViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's root view model: it builds each screen's view model and the parts between them (the
 * flow, the worker's input, the registration run and what its answers show), and connects them to
 * the ports while the window is shown. Nothing here knows about nodes or FXML.
 */
public final class KioskViewModel {

    private final KioskServices services;
    private final Threads threads;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final StatusBarFeed statusFeed;
    private final CardInput cardInput;
    private final RegistrationRun run;
    private final AttendanceOpening attendanceOpening;
    private final SiteManagerEntry siteManager;
    private final Optional<CorrectionsOpening> correctionsOpening;

    public final KioskFlow flow;
    public final WaitingCountdown countdown;
    public final WorkerInput input;
    public final InitialisationViewModel initialisation;
    public final IdleViewModel idle;
    public final ReadingViewModel reading = new ReadingViewModel();
    public final StatusBarViewModel status;
    public final ConfirmationViewModel confirmation;
    public final MessageViewModel message;
    public final TypedEntryViewModel entry;
    public final EmployerChoiceViewModel employerChoice;
    public final BreakOrEndViewModel breakOrEnd;
    /** Linking a badge after an authentic eID (issue 19); absent on a kiosk built without badges. */
    private final Optional<BadgeLinking> badgeLinking;
    public final AttendanceViewModel attendance;
    /** The printable "who is on site now" on the foreman's list; offered where the kiosk can print or write it. */
    public final EvacuationPrint evacuation;
    /** The PIN door; absent on a kiosk built without one (screens on fakes). */
    public final Optional<PinViewModel> pin;
    /** The site manager's administration, behind the same PIN door. */
    public final AdminViewModel admin;
    /** The site manager's badge links behind the PIN (issue 19); absent on a kiosk built without badges. */
    public final Optional<be.sitegate.ui.badgelinks.BadgeLinksViewModel> badgeLinks;
    /** The foreman's corrections of a line (issue 14); absent on a kiosk built without them. */
    public final Optional<CorrectionsViewModel> corrections;
    /** The keypad of a registration on a worker's behalf. */
    public final TypedEntryViewModel onBehalfEntry;
    /** The employer of a registration on a worker's behalf or of a refused one sent again. */
    public final Optional<EmployerChoiceViewModel> correctionEmployer;

    /** The badge consent's view model, while the kiosk takes badges. */
    public Optional<be.sitegate.ui.badgelink.BadgeConsentViewModel> badgeConsent() {
        return badgeLinking.map(l -> l.consent);
    }

    /** The "hold your badge" view model, while the kiosk takes badges. */
    public Optional<be.sitegate.ui.badgelink.BadgeHoldViewModel> badgeHold() {
        return badgeLinking.map(l -> l.hold);
    }

    public KioskViewModel(KioskServices services, Threads threads, Countdown countdown, I18n i18n) {
        this.services = services;
        this.threads = threads;
        var session = services.session();
        var zone = session.zone();
        var languages = new LanguageChoice(i18n, Language.offered(services.settings().languages()));
        this.initialisation = new InitialisationViewModel(services.initialisation(), threads, zone, languages,
                new InitialisationViewModel.Exits(this::onOpened, this::onDayClosed, this::onFormTaken,
                        java.util.Optional.of(this::openAdmin)));
        this.flow = new KioskFlow(session, services.settings(), countdown, i18n, initialisation::reset);
        this.countdown = new WaitingCountdown(flow);
        this.siteManager = new SiteManagerEntry(flow, initialisation);
        this.status = new StatusBarViewModel(zone);
        status.onCertificate(services.settings().certificateExpiry());
        this.statusFeed = new StatusBarFeed(session, threads, status);

        this.message = new MessageViewModel(services.sounds(), flow::toIdle);
        var messages = new WorkerMessages(flow, message);
        this.confirmation = new ConfirmationViewModel(zone, number -> session.current()
                .map(open -> open.workplace().companyName(number)).orElse(number.toString()), services.sounds(),
                flow::toIdle);
        // An answer that arrives after the worker left must not sound over the next worker's screen.
        flow.screenProperty().addListener((obs, old, now) -> {
            if (old == Screen.CONFIRMATION && now != Screen.CONFIRMATION) {
                confirmation.leave();
            }
        });
        this.employerChoice = new EmployerChoiceViewModel(this::chooseEmployer, flow::toIdle);
        this.breakOrEnd = new BreakOrEndViewModel(this::checkOut, flow::toIdle);
        this.badgeLinking = services.badges()
                .map(b -> new BadgeLinking(b.enrolment(), threads, flow, messages, zone));
        var presenter = new StepPresenter(threads, flow, employerChoice, breakOrEnd, confirmation, badgeLinking);
        this.run = new RegistrationRun(services.registration(), services.badges().map(BadgeServices::taps), threads,
                flow, reading, messages, presenter, this::onTick);

        this.entry = new TypedEntryViewModel(run::identify, run::lookUpEarly, flow::toIdle);
        this.pin = services.pin().map(gate -> new PinViewModel(gate, threads, zone));
        var door = new ForemanDoor(pin, flow);
        this.admin = new AdminViewModel(zone, session::now, ownName(services.settings().defaultLocale()),
                adminActions(services), new AdminExports(services.admin().flatMap(AdminTools::reports),
                        services.admin().map(AdminTools::exportFolder)
                                .orElse(java.nio.file.Path.of(System.getProperty("user.home", "."))),
                        threads.ui(), i18n::locale, session::today),
                services.admin().flatMap(AdminTools::errors).isPresent());
        this.badgeLinks = services.badges().map(b -> new be.sitegate.ui.badgelinks.BadgeLinksViewModel(b.register(),
                threads, zone, session::now, () -> services.admin().map(AdminTools::exportFolder)
                        .orElse(java.nio.file.Path.of(System.getProperty("user.home", "."))), this::openAdmin));
        badgeLinks.ifPresent(list -> admin.offerBadges(() -> {
            list.open();
            flow.showForeman(Screen.BADGE_LINKS);
        }));
        // The administration shows the reader's state in words, next to the bar's short one.
        this.cardInput = new CardInput(threads, flow, reading, run, messages, r -> {
            status.onReader(r);
            admin.onReader(r);
        }, badgeLinking);

        this.attendance = new AttendanceViewModel(zone, session::now, flow::toIdle, this::attendanceUsed, threads.ui(),
                new AttendanceViewModel.CorrectionHooks(this::lineChosen, this::onBehalf,
                        services.corrections().isPresent()));
        this.attendanceOpening = new AttendanceOpening(services.attendance(), session, threads, flow, attendance,
                () -> services.corrections().map(Corrections::today).orElse(List.of()));
        this.correctionsOpening = services.corrections()
                .map(c -> new CorrectionsOpening(c, session, threads, flow, attendanceOpening, attendance));
        this.corrections = correctionsOpening.map(o -> o.corrections);
        this.onBehalfEntry = correctionsOpening.map(o -> o.onBehalfEntry)
                .orElseGet(() -> new TypedEntryViewModel(w -> { }, flow::toIdle, "corrections.entry."));
        this.correctionEmployer = correctionsOpening.map(o -> o.employer);
        this.input = new WorkerInput(flow, entry, onBehalfEntry, run, messages, pin);
        this.evacuation = new EvacuationPrint(services.admin().flatMap(AdminTools::evacuationList),
                attendance::onSiteNow, threads.ui(), i18n::locale);
        this.idle = new IdleViewModel(languages, () -> input.startTyping(TypedEntryViewModel.Kind.INSS, ""),
                () -> input.startTyping(TypedEntryViewModel.Kind.LIMOSA, ""), () -> door.open(() -> {
                    evacuation.reset();
                    attendanceOpening.open();
                }),
                attendanceOpening.available(), () -> door.open(siteManager::open), () -> door.open(this::openAdmin));
    }

    private AdminViewModel.Actions adminActions(KioskServices services) {
        Runnable none = () -> { };
        return new AdminViewModel.Actions(
                services.admin().map(AdminTools::sendNow).orElse(none),
                siteManager::open,
                services.admin().map(AdminTools::exit).orElse(none),
                flow::toIdle,
                services.admin().isPresent());
    }

    /** The default language as the language bar names it, so the site manager recognises it there. */
    private static String ownName(java.util.Locale locale) {
        return Language.ALL.stream().filter(l -> l.code().equals(locale.getLanguage())).map(Language::ownName)
                .findFirst().orElse(locale.getDisplayLanguage(locale));
    }

    /** Behind the PIN door: the administration, locking itself after inactivity like the foreman's list. */
    private void openAdmin() {
        flow.beginTurn();
        admin.open();
        flow.showForeman(Screen.ADMIN);
    }

    /** Subscribes to the ports; call once the window is shown. */
    public void activate() {
        subscriptions.add(services.card().subscribe(cardInput));
        subscriptions.addAll(statusFeed.subscribe(services.sync(), services.storage(), admin::onSync));
        services.admin().flatMap(AdminTools::errors).ifPresent(history -> subscriptions.add(
                history.subscribe(errors -> threads.ui().execute(() -> admin.onErrors(errors)))));
        subscriptions.add(services.deliveries().subscribe(u -> threads.ui().execute(() -> {
            confirmation.onUpdate(u);
            attendance.onUpdate(u);
        })));
        onTick();
        flow.start();
    }

    /** Unsubscribes everything, so a closed window leaves no listeners behind. */
    public void deactivate() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
        flow.stop();
    }

    /** Called every second: the clock, and the end of the kiosk's day. */
    public void onTick() {
        statusFeed.onTick();
        flow.checkTheDay();
    }

    private void lineChosen(AttendanceViewModel.Chosen line) {
        correctionsOpening.ifPresent(o -> o.open(line));
    }

    private void onBehalf() {
        correctionsOpening.ifPresent(CorrectionsOpening::startOnBehalf);
    }

    private void attendanceUsed() {
        attendanceOpening.keepOpen();
    }

    /** Opened for the day; where no foreman PIN exists yet, the site manager who opened it chooses one first. */
    private void onOpened() {
        statusFeed.showWorkplace();
        if (pin.isPresent() && pin.get().needsChoosing()) {
            flow.beginTurn();
            pin.get().choose(new PinViewModel.Exits(flow::toIdle, flow::toIdle));
            flow.showForeman(Screen.PIN);
            return;
        }
        flow.toIdle();
    }

    /** The site manager closed the day: the bar drops the workplace now, not at the next tick. */
    private void onDayClosed() {
        statusFeed.showWorkplace();
    }

    private void onFormTaken() {
        siteManager.formTaken();
    }

    // The questions answer into the run that asked them; the run was built after them, to show its answers.

    private void chooseEmployer(RegistrationStep.ChooseEmployer step, Company company) {
        run.chooseEmployer(step, company);
    }

    private void checkOut(RegistrationStep.ChooseBreakOrEnd step, OutReason reason) {
        run.checkOut(step, reason);
    }
}
