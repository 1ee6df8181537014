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
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
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
 * QR/URL scanned into the field), then a summary of what the kiosk was opened for.
 */
public final class InitialisationViewModel {

    /** The form, or the summary after a successful initialisation. */
    public enum Phase {
        FORM,
        SUMMARY
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InitialisationService service;
    private final Threads threads;
    private final ZoneId zone;
    private final Runnable opened;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty workplace = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.FORM);
    private final ReadOnlyObjectWrapper<Msg> error = new ReadOnlyObjectWrapper<>(Msg.NONE);
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

    public InitialisationViewModel(InitialisationService service, Threads threads, ZoneId zone, Runnable opened) {
        this.service = service;
        this.threads = threads;
        this.zone = zone;
        this.opened = opened;
        // A mistake explained stays on screen only until the contractor starts to correct it.
        username.addListener((o, before, now) -> onEdited());
        workplace.addListener((o, before, now) -> onEdited());
    }

    private void onEdited() {
        if (busy.get() || phase.get() != Phase.FORM) {
            return;
        }
        error.set(Msg.NONE);
        cacheOffer.set(Msg.NONE);
        offeredCache = Optional.empty();
    }

    /** Back to an empty form (the kiosk expired at the end of the day). */
    public void reset() {
        phase.set(Phase.FORM);
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
        WorkplaceId id;
        try {
            id = WorkplaceScan.parse(workplace.get());
        } catch (InvalidIdentifierException e) {
            Arrays.fill(password, '\0');
            error.set(Msg.of("init.workplace." + e.reason().name()));
            return;
        }
        workplace.set(id.toString()); // a scanned URL becomes the bare number the contractor can check
        if (user.isEmpty() || password.length == 0) {
            Arrays.fill(password, '\0');
            error.set(Msg.of(user.isEmpty() ? "init.error.missingUser" : "init.error.missingPassword"));
            return;
        }
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
        phase.set(Phase.SUMMARY);
    }

    private static String companyLine(Company c) {
        return c.name() + "  ·  " + c.enterpriseNumber().formatted();
    }

    /** From the summary to the worker screens. */
    public void onStart() {
        opened.run();
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
