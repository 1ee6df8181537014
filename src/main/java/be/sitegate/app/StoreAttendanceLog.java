package be.sitegate.app;

import be.sitegate.central.CentralException;
import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.kiosk.RecentWorkingDays;
import be.sitegate.store.KioskStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The foreman's list: this kiosk's records of the day, completed with what the central search
 * reported from other channels and kiosks (shown as accepted, with their receipt number).
 */
public final class StoreAttendanceLog implements AttendanceLog {

    private final KioskStore store;
    private final OtherChannels otherChannels;
    private final Runnable fetchOtherChannels;

    /**
     * @param fetchOtherChannels stores today's central search (the presence puller's pull, now); does
     *        nothing where the service offers no search
     */
    public StoreAttendanceLog(KioskStore store, Runnable fetchOtherChannels) {
        this.store = store;
        this.otherChannels = new OtherChannels(store.centralPresences());
        this.fetchOtherChannels = fetchOtherChannels;
    }

    @Override
    public List<Registration> registrations(WorkplaceId workplace, LocalDate date) {
        List<Registration> all = new ArrayList<>(store.registrations().forDay(workplace, date));
        all.addAll(otherChannels.registrations(workplace, date, OtherChannels.knownRegistrations(all)));
        all.sort(Comparator.comparing(Registration::registeredAt));
        return all;
    }

    @Override
    public List<PresenceEvent> events(WorkplaceId workplace, LocalDate date) {
        List<PresenceEvent> all = new ArrayList<>(store.events().forDay(workplace, date));
        all.addAll(otherChannels.events(workplace, date, OtherChannels.knownEvents(all)));
        all.sort(Comparator.comparing(PresenceEvent::at));
        return all;
    }

    @Override
    public NeedingAttention needingAttention(WorkplaceId workplace) {
        return new NeedingAttention(store.registrations().needingAttention(workplace),
                store.events().needingAttention(workplace));
    }

    @Override
    public List<MissingWorker> missing(WorkplaceId workplace, LocalDate today) {
        return store.attendance().notYetToday(workplace, RecentWorkingDays.before(today), today);
    }

    @Override
    public void refresh() {
        try {
            fetchOtherChannels.run();
        } catch (CentralException e) {
            throw new CentralUnavailableException(e.reasonCode(), e);
        }
    }
}
