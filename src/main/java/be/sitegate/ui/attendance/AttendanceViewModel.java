package be.sitegate.ui.attendance;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Correction;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.kiosk.AttendanceStatus;
import be.sitegate.kiosk.AttendanceSummary;
import be.sitegate.kiosk.AttendanceTotals;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.OnSiteNow;
import be.sitegate.kiosk.PersonDay;
import be.sitegate.ui.shared.CorrectionNotes;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ServiceRemarks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The foreman's list, for an inspector: everyone on this workplace today, one line per person,
 * from this kiosk and other channels; who is on site now; who came on recent working days and is
 * not here yet. Numbers are masked: the screen stands where anyone can see it.
 *
 * <p>Smooth with thousands of people: the lines are derived once per change of the day (the list
 * opened, a delivery answer), and the search and the filters only pick among derived lines, with
 * no store query. Answers that arrive together are derived together.
 */
public final class AttendanceViewModel {

    /** The three views of the list, one tap each. */
    public enum Tab {
        TODAY,
        ON_SITE,
        MISSING
    }

    /**
     * One line of the list; texts that depend on the language are {@link Msg}s. The shift columns
     * ({@code firstIn} to {@code presence}) are empty for Checkinatwork and earlier days.
     *
     * @param identification how the person identified (eID with chip proof, badge, typed number...), which
     *     tells an inspector how strong the line is
     * @param earlier a record of an earlier day that still needs the foreman, not a person of today
     */
    public record Row(String time, String name, String number, String employer, Msg identification, Msg status,
            AttendanceStatus kind, boolean otherChannel, boolean earlier, String firstIn, String lastOut,
            String breaks, String onSite, Msg presence, boolean onSiteNow) {

        /** The same line with another status text: the status with what a correction did to it. */
        Row withStatus(Msg newStatus) {
            return new Row(time, name, number, employer, identification, newStatus, kind, otherChannel, earlier, firstIn,
                    lastOut, breaks, onSite, presence, onSiteNow);
        }
    }

    /**
     * A line the foreman tapped, with the records behind it as they stand now, for the corrections.
     *
     * @param earlier a record of an earlier day, not one of today's people
     */
    public record Chosen(String name, String number, String employer, List<Registration> registrations,
            List<PresenceEvent> events, boolean earlier) {
        public Chosen {
            registrations = List.copyOf(registrations);
            events = List.copyOf(events);
        }
    }

    /**
     * What the list offers beyond reading it (issue 14 corrections): a tapped line's corrections, and
     * registering a worker on their behalf, which only Checkinatwork allows.
     *
     * @param available whether this kiosk has corrections at all (screens on fakes may not)
     */
    public record CorrectionHooks(Consumer<Chosen> chosen, Runnable onBehalf, boolean available) {
        public static final CorrectionHooks NONE = new CorrectionHooks(c -> { }, () -> { }, false);

        public CorrectionHooks {
            Objects.requireNonNull(chosen, "chosen");
            Objects.requireNonNull(onBehalf, "onBehalf");
        }
    }

    /** A person who came on recent working days and not yet today. */
    public record MissingRow(String name, String number, String employer, String lastDay, int days) {
    }

    /** A filter choice with how many people it holds: the totals per employer and per status. */
    public record Count<T>(T value, int count) {
    }

    /** A line with what the search and the filters look at. */
    private record Entry<R>(R row, SearchKey key, String employer, AttendanceStatus status, boolean onSiteNow) {
    }

    private final ZoneId zone;
    private final Supplier<Instant> clock;
    private final Runnable close;
    private final Runnable activity;
    private final Executor later;
    private final AttendanceRows format;
    private final CorrectionHooks corrections;
    private final CorrectionNotes notes;
    /** The person behind each line of the last derivation, for a tap on it. */
    private final Map<Row, PersonDay> personOf = new IdentityHashMap<>();
    private final ReadOnlyBooleanWrapper onBehalfShown = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<MissingRow> missingRows = FXCollections.observableArrayList();
    private final ObservableList<Count<String>> employers = FXCollections.observableArrayList();
    private final ObservableList<Count<AttendanceStatus>> statuses = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Msg> summary = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> todayLabel = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> onSiteLabel = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> missingLabel = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<RegistrationMode> mode = new ReadOnlyObjectWrapper<>(RegistrationMode.CIAW);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.TODAY);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> employer = new SimpleObjectProperty<>();
    private final ObjectProperty<AttendanceStatus> status = new SimpleObjectProperty<>();

    private AttendanceDay day;
    private final List<Registration> registrations = new ArrayList<>();
    private final List<PresenceEvent> events = new ArrayList<>();
    private final List<Registration> earlierRegistrations = new ArrayList<>();
    private final List<PresenceEvent> earlierEvents = new ArrayList<>();
    private final Map<ClientReference, Integer> registrationAt = new HashMap<>();
    private final Map<ClientReference, Integer> eventAt = new HashMap<>();
    private List<Entry<Row>> todayEntries = List.of();
    private List<Entry<MissingRow>> missingEntries = List.of();
    private List<PersonDay> people = List.of();
    private AttendanceTotals totals = AttendanceTotals.of(List.of());
    private boolean derivePending;
    private boolean resetting;

    /** For tests: the machine's clock, nothing to report on activity, answers derived at once. */
    public AttendanceViewModel(ZoneId zone, Runnable close) {
        this(zone, Instant::now, close, () -> { }, Runnable::run);
    }

    /**
     * @param clock "now", for the time on site of whoever is still in
     * @param activity called on every tap on a tab, a filter or the search: the list stays open while used
     * @param later where an answer's re-derivation is queued (the screen's thread), so answers arriving
     *        together are derived once
     */
    public AttendanceViewModel(ZoneId zone, Supplier<Instant> clock, Runnable close, Runnable activity,
            Executor later) {
        this(zone, clock, close, activity, later, CorrectionHooks.NONE);
    }

    /** @param corrections what a tap on a line and the "register on behalf" button lead to */
    public AttendanceViewModel(ZoneId zone, Supplier<Instant> clock, Runnable close, Runnable activity,
            Executor later, CorrectionHooks corrections) {
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.notes = new CorrectionNotes(zone);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.close = Objects.requireNonNull(close, "close");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.later = Objects.requireNonNull(later, "later");
        this.format = new AttendanceRows(zone);
        tab.addListener((o, a, b) -> filterChanged());
        search.addListener((o, a, b) -> filterChanged());
        employer.addListener((o, a, b) -> filterChanged());
        status.addListener((o, a, b) -> filterChanged());
    }

    /** A fresh list: today's lines and who is missing, with the search and the filters cleared. */
    public void show(AttendanceDay newDay) {
        this.day = Objects.requireNonNull(newDay, "day");
        registrations.clear();
        registrations.addAll(newDay.registrations());
        events.clear();
        events.addAll(newDay.events());
        Set<ClientReference> shown = new HashSet<>();
        registrations.forEach(r -> shown.add(r.reference()));
        events.forEach(e -> shown.add(e.reference()));
        earlierRegistrations.clear();
        newDay.earlier().registrations().stream().filter(r -> !shown.contains(r.reference()))
                .forEach(earlierRegistrations::add);
        earlierEvents.clear();
        newDay.earlier().events().stream().filter(e -> !shown.contains(e.reference())).forEach(earlierEvents::add);
        index();
        mode.set(newDay.workplace().mode());
        onBehalfShown.set(corrections.available() && newDay.workplace().mode() == RegistrationMode.CIAW);
        resetting = true;
        tab.set(Tab.TODAY);
        search.set("");
        employer.set(null);
        status.set(null);
        resetting = false;
        derive();
    }

    /**
     * A delivery answer: the line it belongs to reads the new status. Answers that arrive together
     * (a batch of 200) change the records at once and are derived once, after the last.
     */
    public void onUpdate(DeliveryUpdates.Update update) {
        if (day == null || !replace(update.reference(), update.delivery())) {
            return;
        }
        if (!derivePending) {
            derivePending = true;
            later.execute(() -> {
                derivePending = false;
                derive();
            });
        }
    }

    private boolean replace(ClientReference reference, Delivery delivery) {
        Integer r = registrationAt.get(reference);
        if (r != null) {
            registrations.set(r, registrations.get(r).withDelivery(delivery));
            return true;
        }
        Integer e = eventAt.get(reference);
        if (e != null) {
            events.set(e, events.get(e).withDelivery(delivery));
            return true;
        }
        boolean found = false;
        for (int i = 0; i < earlierRegistrations.size(); i++) {
            if (earlierRegistrations.get(i).reference().equals(reference)) {
                earlierRegistrations.set(i, earlierRegistrations.get(i).withDelivery(delivery));
                found = true;
            }
        }
        for (int i = 0; i < earlierEvents.size(); i++) {
            if (earlierEvents.get(i).reference().equals(reference)) {
                earlierEvents.set(i, earlierEvents.get(i).withDelivery(delivery));
                found = true;
            }
        }
        return found;
    }

    private void index() {
        registrationAt.clear();
        for (int i = 0; i < registrations.size(); i++) {
            registrationAt.put(registrations.get(i).reference(), i);
        }
        eventAt.clear();
        for (int i = 0; i < events.size(); i++) {
            eventAt.put(events.get(i).reference(), i);
        }
    }

    /** Everything that depends on the day's records, once; then the filters pick. */
    private void derive() {
        AttendanceSummary rule = new AttendanceSummary(day.workplace(), zone);
        Instant now = clock.get();
        people = day.workplace().mode() == RegistrationMode.CIAOW
                ? rule.checkedInAndOut(events, day.date(), now)
                : merged(rule.registered(registrations), rule.checkedInAndOut(events, day.date(), now));
        totals = AttendanceTotals.of(people);

        List<Entry<Row>> entries = new ArrayList<>(people.size() + earlierRegistrations.size());
        List<PersonDay> older = new ArrayList<>(rule.registered(earlierRegistrations));
        for (PresenceEvent e : earlierEvents) {
            older.addAll(rule.checkedInAndOut(List.of(e), be.sitegate.domain.BelgianTime.dateOf(e.at()), now));
        }
        older.sort(Comparator.comparing(PersonDay::firstSeen));
        personOf.clear();
        Map<ClientReference, Correction> lastCorrection = new HashMap<>();
        day.corrections().forEach(c -> lastCorrection.put(c.reference(), c));
        older.forEach(p -> entries.add(entry(noted(format.earlier(p), p, lastCorrection), p)));
        people.stream().sorted(Comparator.comparing(PersonDay::lastSeen).reversed())
                .forEach(p -> entries.add(entry(noted(format.today(p), p, lastCorrection), p)));
        todayEntries = entries;

        List<Entry<MissingRow>> missing = new ArrayList<>(day.missing().size());
        day.missing().forEach(m -> {
            MissingRow row = format.missing(m, rule);
            missing.add(new Entry<>(row, SearchKey.of(row.name(), m.worker()), row.employer(), null, false));
        });
        missingEntries = missing;

        employers.setAll(totals.perEmployer().entrySet().stream().map(e -> new Count<>(e.getKey(), e.getValue()))
                .toList());
        statuses.setAll(totals.perStatus().entrySet().stream().map(e -> new Count<>(e.getKey(), e.getValue()))
                .toList());
        int toCheck = people.stream().mapToInt(PersonDay::toCheck).sum() + older.size();
        summary.set(toCheck == 0 ? Msg.of("attendance.count", (long) totals.people())
                : Msg.of("attendance.countAndToCheck", (long) totals.people(), (long) toCheck));
        todayLabel.set(Msg.of("attendance.tab.today", totals.people()));
        onSiteLabel.set(Msg.of("attendance.tab.onSite", totals.onSiteNow()));
        missingLabel.set(Msg.of("attendance.tab.missing", missing.size()));
        filter();
    }

    /** A corrected person's line says what was done last, by whom and when, after its status. */
    private Row noted(Row row, PersonDay p, Map<ClientReference, Correction> lastCorrection) {
        // The log is oldest first: the latest is the one furthest down it, also when two share a time.
        Row shown = p.references().stream().map(lastCorrection::get).filter(Objects::nonNull)
                .max(Comparator.comparingInt(day.corrections()::lastIndexOf))
                .map(c -> row.withStatus(Msg.of("corrections.note.withStatus", row.status(),
                        notes.of(c, day.workplace().companies()))))
                .orElse(row);
        personOf.put(shown, p);
        return shown;
    }

    /** A Checkinatwork day has no events; one that has both (a mode changed) shows both, registrations first. */
    private static List<PersonDay> merged(List<PersonDay> registered, List<PersonDay> checkedInAndOut) {
        if (checkedInAndOut.isEmpty()) {
            return registered;
        }
        List<PersonDay> all = new ArrayList<>(registered);
        all.addAll(checkedInAndOut);
        return all;
    }

    private static Entry<Row> entry(Row row, PersonDay p) {
        return new Entry<>(row, SearchKey.of(row.name(), p.worker()), p.employerName(), p.status(), row.onSiteNow());
    }

    private void filterChanged() {
        if (resetting) {
            return;
        }
        activity.run();
        if (day != null) {
            filter();
        }
    }

    /** Picks among the derived lines: no store query, no re-derivation, one pass per keystroke. */
    private void filter() {
        SearchKey.Query query = SearchKey.Query.of(search.get());
        String onlyEmployer = employer.get();
        AttendanceStatus onlyStatus = status.get();
        boolean onSiteOnly = tab.get() == Tab.ON_SITE;
        List<Row> shownRows = new ArrayList<>();
        for (Entry<Row> e : todayEntries) {
            if ((!onSiteOnly || e.onSiteNow()) && (onlyEmployer == null || onlyEmployer.equals(e.employer()))
                    && (onlyStatus == null || onlyStatus == e.status()) && e.key().matches(query)) {
                shownRows.add(e.row());
            }
        }
        rows.setAll(shownRows);
        List<MissingRow> shownMissing = new ArrayList<>();
        for (Entry<MissingRow> e : missingEntries) {
            if ((onlyEmployer == null || onlyEmployer.equals(e.employer())) && e.key().matches(query)) {
                shownMissing.add(e.row());
            }
        }
        missingRows.setAll(shownMissing);
    }

    /**
     * The receipt, what the service remarked or refused and what to do about it, so the site
     * manager can act on it. A late event can still be corrected through the employer within 30
     * days; a late Checkinatwork registration cannot be sent at all (the service takes only its day).
     */
    static Msg status(Delivery delivery, boolean event) {
        Msg remark = delivery.remarks().isEmpty() ? Msg.NONE : ServiceRemarks.of(delivery.remarks().get(0));
        return switch (delivery.status()) {
            case ACCEPTED -> delivery.receiptNumber()
                    .map(n -> remark.isNone() ? Msg.of("attendance.status.accepted", n)
                            : Msg.of("attendance.status.acceptedWithRemark", n, remark,
                                    ServiceRemarks.remedy(delivery.remarks().get(0))))
                    .orElse(Msg.of("confirm.status.acceptedNoReceipt"));
            case REJECTED -> remark.isNone() ? Msg.of("attendance.status.rejected")
                    : Msg.of("attendance.status.rejectedBecause", remark);
            case EXPIRED -> Msg.of(event ? "attendance.status.expiredEvent" : "attendance.status.expired");
            case PENDING -> Msg.of("attendance.status.pending");
            case SENT -> Msg.of("attendance.status.sent");
        };
    }

    public void onClose() {
        close.run();
    }

    /** A tap on a line: its corrections, over the records behind it as they stand now. */
    public void onChoose(Row row) {
        PersonDay p = row == null ? null : personOf.get(row);
        if (p == null || !corrections.available()) {
            return;
        }
        Set<ClientReference> refs = new HashSet<>(p.references());
        List<Registration> regs = new ArrayList<>();
        registrations.stream().filter(r -> refs.contains(r.reference())).forEach(regs::add);
        earlierRegistrations.stream().filter(r -> refs.contains(r.reference())).forEach(regs::add);
        List<PresenceEvent> evs = new ArrayList<>();
        events.stream().filter(e -> refs.contains(e.reference())).forEach(evs::add);
        earlierEvents.stream().filter(e -> refs.contains(e.reference())).forEach(evs::add);
        corrections.chosen().accept(new Chosen(row.name(), row.number(), row.employer(), regs, evs, row.earlier()));
    }

    /** Checkinatwork only: in Check In and Out at Work workers register themselves, in person. */
    public void onRegisterOnBehalf() {
        if (onBehalfShown.get()) {
            corrections.onBehalf().run();
        }
    }

    /** Whether the list offers "register on behalf": Checkinatwork, on a kiosk with corrections. */
    public ReadOnlyBooleanProperty onBehalfShownProperty() {
        return onBehalfShown.getReadOnlyProperty();
    }

    /** Who a record of the list is for, by name or masked number, for the corrections' log. */
    public Optional<String> whoIs(ClientReference reference) {
        return personOf.values().stream().filter(p -> p.references().contains(reference)).findFirst()
                .map(p -> p.displayName().orElse(p.worker().masked()));
    }

    public void onTab(Tab chosen) {
        tab.set(Objects.requireNonNull(chosen, "tab"));
    }

    /** {@code null}: every employer. */
    public void onEmployer(String name) {
        employer.set(name);
    }

    /** {@code null}: every status. */
    public void onStatus(AttendanceStatus chosen) {
        status.set(chosen);
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<MissingRow> missingRows() {
        return FXCollections.unmodifiableObservableList(missingRows);
    }

    /** Today's people per employer, alphabetical: the employer filter's choices. */
    public ObservableList<Count<String>> employers() {
        return FXCollections.unmodifiableObservableList(employers);
    }

    /** Today's people per status, most urgent first: the status filter's choices. */
    public ObservableList<Count<AttendanceStatus>> statuses() {
        return FXCollections.unmodifiableObservableList(statuses);
    }

    /** Everyone on site now, in roll-call order, for the printed evacuation list (ignores the filters). */
    public List<OnSiteNow> onSiteNow() {
        return OnSiteNow.of(people);
    }

    public AttendanceTotals totals() {
        return totals;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public ReadOnlyObjectProperty<String> employerProperty() {
        return employer;
    }

    public ReadOnlyObjectProperty<AttendanceStatus> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<RegistrationMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> todayLabelProperty() {
        return todayLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> onSiteLabelProperty() {
        return onSiteLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> missingLabelProperty() {
        return missingLabel.getReadOnlyProperty();
    }
}
