package be.sitegate.ui;

import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.BadgeServices;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.Corrections;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.OutcomeSounds;
import be.sitegate.kiosk.PinGate;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.SyncStatusSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the kiosk screens need, built by the composition root and handed to {@link KioskApp}
 * through {@link KioskLauncher#launch}. Without {@code attendance} the foreman's list is not offered.
 * {@code sounds} tell the worker the outcome of a tap by ear; {@code pin} guards the foreman's and site
 * manager's screens (the kiosk command always gives one); {@code admin} is what the administration
 * screen may do beyond showing the state; {@code corrections} are the foreman's withdrawals, resends and
 * registrations on a worker's behalf (without it the list offers none).
 */
public record KioskServices(
        KioskSession session,
        InitialisationService initialisation,
        RegistrationService registration,
        CardEvents card,
        DeliveryUpdates deliveries,
        SyncStatusSource sync,
        StorageHealth storage,
        Optional<AttendanceLog> attendance,
        KioskSettings settings,
        OutcomeSounds sounds,
        Optional<PinGate> pin,
        Optional<AdminTools> admin,
        Optional<Corrections> corrections,
        Optional<BadgeServices> badges) {

    public KioskServices {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(initialisation, "initialisation");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sounds, "sounds");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(corrections, "corrections");
        Objects.requireNonNull(badges, "badges");
    }

    /** Without badges: the reader takes eIDs only. */
    public KioskServices(KioskSession session, InitialisationService initialisation, RegistrationService registration,
            CardEvents card, DeliveryUpdates deliveries, SyncStatusSource sync, StorageHealth storage,
            Optional<AttendanceLog> attendance, KioskSettings settings, OutcomeSounds sounds, Optional<PinGate> pin,
            Optional<AdminTools> admin, Optional<Corrections> corrections) {
        this(session, initialisation, registration, card, deliveries, sync, storage, attendance, settings, sounds, pin,
                admin, corrections, Optional.empty());
    }

    /** Without corrections: the foreman's list only shows. */
    public KioskServices(KioskSession session, InitialisationService initialisation, RegistrationService registration,
            CardEvents card, DeliveryUpdates deliveries, SyncStatusSource sync, StorageHealth storage,
            Optional<AttendanceLog> attendance, KioskSettings settings, OutcomeSounds sounds, Optional<PinGate> pin,
            Optional<AdminTools> admin) {
        this(session, initialisation, registration, card, deliveries, sync, storage, attendance, settings, sounds, pin,
                admin, Optional.empty());
    }

    /** Without the administration's tools: the screen still shows the state, but cannot send or exit. */
    public KioskServices(KioskSession session, InitialisationService initialisation, RegistrationService registration,
            CardEvents card, DeliveryUpdates deliveries, SyncStatusSource sync, StorageHealth storage,
            Optional<AttendanceLog> attendance, KioskSettings settings, OutcomeSounds sounds, Optional<PinGate> pin) {
        this(session, initialisation, registration, card, deliveries, sync, storage, attendance, settings, sounds, pin,
                Optional.empty());
    }

    /** Without a PIN door: screens tested on fakes open the foreman's screens directly. */
    public KioskServices(KioskSession session, InitialisationService initialisation, RegistrationService registration,
            CardEvents card, DeliveryUpdates deliveries, SyncStatusSource sync, StorageHealth storage,
            Optional<AttendanceLog> attendance, KioskSettings settings, OutcomeSounds sounds) {
        this(session, initialisation, registration, card, deliveries, sync, storage, attendance, settings, sounds,
                Optional.empty());
    }

    /** The same services behind the foreman's PIN. */
    public KioskServices withPin(PinGate gate) {
        return new KioskServices(session, initialisation, registration, card, deliveries, sync, storage, attendance,
                settings, sounds, Optional.of(gate), admin, corrections, badges);
    }

    /** The same services with the administration's "send now" and "exit the kiosk". */
    public KioskServices withAdmin(AdminTools tools) {
        return new KioskServices(session, initialisation, registration, card, deliveries, sync, storage, attendance,
                settings, sounds, pin, Optional.of(tools), corrections, badges);
    }

    /** The same services with the foreman's corrections (issue 14): withdraw, send again, register on behalf. */
    public KioskServices withCorrections(Corrections tools) {
        return new KioskServices(session, initialisation, registration, card, deliveries, sync, storage, attendance,
                settings, sounds, pin, admin, Optional.of(tools), badges);
    }

    /** The same services with badges (issue 19): daily taps, linking after an eID, the site manager's list. */
    public KioskServices withBadges(BadgeServices tools) {
        return new KioskServices(session, initialisation, registration, card, deliveries, sync, storage, attendance,
                settings, sounds, pin, admin, corrections, Optional.of(tools));
    }

    /** Without sounds: the screens shown where nobody should hear them (tests, screenshot tours). */
    public KioskServices(KioskSession session, InitialisationService initialisation, RegistrationService registration,
            CardEvents card, DeliveryUpdates deliveries, SyncStatusSource sync, StorageHealth storage,
            Optional<AttendanceLog> attendance, KioskSettings settings) {
        this(session, initialisation, registration, card, deliveries, sync, storage, attendance, settings,
                OutcomeSounds.SILENT);
    }
}
