package be.sitegate.ui.initialisation;

import be.sitegate.domain.Company;
import be.sitegate.domain.InvalidIdentifierException;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.domain.WorkplaceScan;
import be.sitegate.kiosk.CachedInitialisation;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.kiosk.InitialisationRefusedException.Refusal;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.ui.shared.LanguageChoice;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contractor's morning screen: user name, password, workplace number (typed, or a declaration
 * QR/URL scanned into the field), then a summary of what the kiosk was opened for. Later in the day
 * the site manager comes back here to close the day, switch workplace or open the kiosk again.
 */
public final class InitialisationViewModel {

    /** The form, the summary after a successful initialisation, or the site manager's actions. */
    public enum Phase {
        FORM,
        SUMMARY,
        MANAGE
    }

    /** A field of the form, so every empty one can be named and marked at once. */
    public enum Field {
        USERNAME,
        PASSWORD,
        WORKPLACE
    }

    /**
     * Where the screen leads: to the worker screens once opened (or back, unchanged), what to
     * refresh once the day is closed, and what to stop (the site manager's timeout) once the form is
     * being filled in.
     */
    public record Exits(Runnable opened, Runnable dayClosed, Runnable formTaken, Optional<Runnable> administration) {

        public Exits {
            java.util.Objects.requireNonNull(administration, "administration");
        }

        /** Without the way to the administration screen from the site manager's actions. */
        public Exits(Runnable opened, Runnable dayClosed, Runnable formTaken) {
            this(opened, dayClosed, formTaken, Optional.empty());
        }

        public static Exits opened(Runnable opened) {
            return new Exits(opened, () -> { }, () -> { });
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InitialisationService service;
    private final Threads threads;
    private final ZoneId zone;
    private final Exits exits;
    private final LanguageChoice languages;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty workplace = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.FORM);
    private final ReadOnlyObjectWrapper<Msg> error = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> notice = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Set<Field>> missing = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyBooleanWrapper returnable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper openFor = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Msg> cacheOffer = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyStringWrapper summaryWorkplace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Msg> summarySector = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> summaryMode = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyStringWrapper summaryContractor = new ReadOnlyStringWrapper("");
    private final ObservableList<String> summaryCompanies = FXCollections.observableArrayList();
    private final ObservableList<String> summaryCompaniesView = FXCollections.unmodifiableObservableList(summaryCompanies);
    private final ReadOnlyObjectWrapper<Msg> summaryWarning = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private Optional<CachedInitialisation> offeredCache = Optional.empty();

    public InitialisationViewModel(InitialisationService service, Threads threads, ZoneId zone,
            LanguageChoice languages, Exits exits) {
        this.service = service;
        this.threads = threads;
        this.zone = zone;
        this.languages = languages;
        this.exits = exits;
        // A mistake explained stays on screen only until the contractor starts to correct it.
        username.addListener((o, before, now) -> onEdited());
        workplace.addListener((o, before, now) -> onEdited());
    }

    private void onEdited() {
        if (busy.get() || phase.get() != Phase.FORM) {
            return;
        }
        error.set(Msg.NONE);
        notice.set(Msg.NONE);
        missing.set(Set.of());
        cacheOffer.set(Msg.NONE);
        offeredCache = Optional.empty();
    }

    /** The password lives only in its field; typing in it clears what was said about the form too. */
    public void onPasswordTyped() {
        onEdited();
    }

    /** Back to an empty form (the kiosk expired at the end of the day). */
    public void reset() {
        phase.set(Phase.FORM);
        returnable.set(false);
        notice.set(Msg.NONE);
        missing.set(Set.of());
        error.set(Msg.NONE);
        cacheOffer.set(Msg.NONE);
        offeredCache = Optional.empty();
        busy.set(false);
    }

    /** Takes the password as characters so it can be wiped; the service wipes it after use. */
    public void onSubmit(char[] password) {
        if (busy.get()) {
            Arrays.fill(password, '\0');
            return;
        }
        cacheOffer.set(Msg.NONE);
        offeredCache = Optional.empty();
        String user = username.get() == null ? "" : username.get().strip();
        Set<Field> empty = EnumSet.noneOf(Field.class);
        if (user.isEmpty()) {
            empty.add(Field.USERNAME);
        }
        if (password.length == 0) {
            empty.add(Field.PASSWORD);
        }
        if (workplace.get() == null || workplace.get().isBlank()) {
            empty.add(Field.WORKPLACE);
        }
        if (!empty.isEmpty()) {
            // All of them at once: a site manager in gloves should not find them out one per try.
            Arrays.fill(password, '\0');
            error.set(missingMessage(empty));
            missing.set(Set.copyOf(empty));
            return;
        }
        WorkplaceId id;
        try {
            id = WorkplaceScan.parse(workplace.get());
        } catch (InvalidIdentifierException e) {
            Arrays.fill(password, '\0');
            error.set(Msg.of("init.workplace." + e.reason().name()));
            return;
        }
        workplace.set(id.toString()); // a scanned URL becomes the bare number the contractor can check
        error.set(id.hasUsualShape() ? Msg.NONE : Msg.of("init.workplace.unusual"));
        busy.set(true);
        threads.background().execute(() -> {
            InitialisationOutcome outcome;
            try {
                outcome = service.initialise(user, password, id);
            } catch (RuntimeException e) {
                outcome = new InitialisationOutcome.Offline(Optional.empty());
            }
            InitialisationOutcome result = outcome;
            threads.ui().execute(() -> handle(result));
        });
    }

    /** One empty field keeps its own sentence; more are listed, each by its name. */
    private static Msg missingMessage(Set<Field> empty) {
        if (empty.size() == 1) {
            return Msg.of(switch (empty.iterator().next()) {
                case USERNAME -> "init.error.missingUser";
                case PASSWORD -> "init.error.missingPassword";
                case WORKPLACE -> "init.workplace.EMPTY";
            });
        }
        Object[] names = empty.stream().map(f -> Msg.of("init.field." + f.name())).toArray();
        return Msg.of("init.error.missing." + empty.size(), names);
    }

    private void handle(InitialisationOutcome outcome) {
        busy.set(false);
        if (outcome instanceof InitialisationOutcome.Initialised ok) {
            showSummary(ok);
        } else if (outcome instanceof InitialisationOutcome.Refused refused) {
            if (refused.refusal() == Refusal.TOO_MANY_ATTEMPTS) {
                error.set(refused.retryAfter()
                        .map(wait -> Msg.of("init.error.TOO_MANY_ATTEMPTS", Math.max(1, wait.toSeconds())))
                        .orElse(Msg.of("init.error.TOO_MANY_ATTEMPTS.later")));
            } else {
                error.set(Msg.of("init.error." + refused.refusal().name()));
            }
        } else if (outcome instanceof InitialisationOutcome.Offline offline) {
            offeredCache = offline.cached();
            error.set(Msg.of(offline.cached().isPresent() ? "init.offline" : "init.offline.noCache"));
            cacheOffer.set(offline.cached()
                    .map(c -> Msg.of("init.offline.useCache", DAY.format(c.initialisedAt().atZone(zone))))
                    .orElse(Msg.NONE));
        }
    }

    /** The contractor accepts yesterday's details while the central service is out of reach. */
    public void onUseCache() {
        offeredCache.ifPresent(cached -> {
            cacheOffer.set(Msg.NONE);
            error.set(Msg.NONE);
            showSummary(service.initialiseFromCache(cached));
        });
    }

    private void showSummary(InitialisationOutcome.Initialised ok) {
        KioskInitialisation init = ok.initialisation();
        summaryWorkplace.set(init.workplace().id().formatted());
        summaryAddress.set(init.workplace().address());
        summarySector.set(Msg.of("sector." + init.workplace().sector().name()));
        summaryMode.set(Msg.of("mode." + init.workplace().mode().name()));
        summaryContractor.set(ok.details().contractor().name() + " (" + init.contractor().formatted() + ")");
        summaryCompanies.setAll(init.workplace().companies().stream()
                .map(InitialisationViewModel::companyLine).toList());
        summaryWarning.set(init.fromCache()
                ? Msg.of("init.summary.cached", DAY.format(init.initialisedAt().atZone(zone)))
                : Msg.NONE);
        error.set(Msg.NONE);
        returnable.set(false);
        phase.set(Phase.SUMMARY);
    }

    private static String companyLine(Company c) {
        return c.name() + "  ·  " + c.enterpriseNumber().formatted();
    }

    /** From the summary to the worker screens. */
    public void onStart() {
        exits.opened().run();
    }

    // The site manager's actions, reached only through the kiosk's one site-manager entry point.

    /** Shows what the kiosk is open for and the site manager's three actions. */
    public void manage() {
        reset();
        Optional<KioskInitialisation> now = service.current();
        if (now.isEmpty()) {
            return; // nothing to manage: the form, as every closed kiosk shows
        }
        openFor.set(now.get().workplace().id().formatted() + " · " + now.get().workplace().address());
        phase.set(Phase.MANAGE);
    }

    /** Ends the day now: workers can no longer register until the kiosk is opened again. */
    public void onCloseDay() {
        service.closeDay();
        username.set("");
        workplace.set("");
        reset();
        notice.set(Msg.of("init.dayClosed"));
        exits.dayClosed().run();
    }

    /** The form for another workplace; the kiosk stays open for the current one until that succeeds. */
    public void onSwitchWorkplace() {
        toFormWhileOpen(false);
    }

    /** The form for the same workplace again (e.g. the declaration changed); the password is asked again. */
    public void onReinitialise() {
        toFormWhileOpen(true);
    }

    private void toFormWhileOpen(boolean sameWorkplace) {
        Optional<KioskInitialisation> now = service.current();
        reset();
        now.ifPresent(init -> {
            username.set(init.initialisedBy());
            workplace.set(sameWorkplace ? init.workplace().id().toString() : "");
            returnable.set(true);
        });
        onEdited();
        exits.formTaken().run();
    }

    /** Back to the worker screens without changing anything. */
    public void onBack() {
        reset();
        exits.opened().run();
    }

    /**
     * From the site manager's actions to the administration screen: the PIN was asked on the way
     * here, so it is not asked again.
     */
    public void onAdministration() {
        exits.administration().ifPresent(Runnable::run);
    }

    public boolean administrationOffered() {
        return exits.administration().isPresent();
    }

    /** The language bar's languages. */
    public LanguageChoice languages() {
        return languages;
    }

    /** A friendly line that is not an error (the day was closed); none most of the time. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The fields the last try left empty, marked on the form until the site manager types again. */
    public ReadOnlyObjectProperty<Set<Field>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Whether the kiosk is still open behind the form, so "back" can leave it unchanged. */
    public ReadOnlyBooleanProperty returnableProperty() {
        return returnable.getReadOnlyProperty();
    }

    /** The workplace the kiosk is open for, on the site manager's screen. */
    public ReadOnlyStringProperty openForProperty() {
        return openFor.getReadOnlyProperty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty workplaceProperty() {
        return workplace;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> cacheOfferProperty() {
        return cacheOffer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryWorkplaceProperty() {
        return summaryWorkplace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryAddressProperty() {
        return summaryAddress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> summarySectorProperty() {
        return summarySector.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> summaryModeProperty() {
        return summaryMode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryContractorProperty() {
        return summaryContractor.getReadOnlyProperty();
    }

    public ObservableList<String> summaryCompanies() {
        return summaryCompaniesView;
    }

    public ReadOnlyObjectProperty<Msg> summaryWarningProperty() {
        return summaryWarning.getReadOnlyProperty();
    }
}
