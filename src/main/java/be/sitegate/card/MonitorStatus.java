package be.sitegate.card;

/** What the card monitor observes; the UI translates each code into words and pictures. */
public enum MonitorStatus {
    /** No PC/SC library on this machine (package libpcsclite1 missing). */
    PCSC_LIBRARY_MISSING,
    /** The PC/SC service (pcscd) is not running; the monitor keeps retrying. */
    PCSC_SERVICE_UNAVAILABLE,
    /**
     * The PC/SC service went away after the kiosk had connected to it. The JDK keeps one PC/SC
     * context per process and cannot reconnect: the kiosk application must be restarted.
     */
    PCSC_SERVICE_LOST,
    /** PC/SC runs but no card reader is plugged in. */
    NO_READER,
    /** A reader was plugged in (reader name given). */
    READER_CONNECTED,
    /** A reader was unplugged (reader name given). */
    READER_DISCONNECTED,
    /** A reader is ready and empty. */
    WAITING_FOR_CARD,
    /** A card was inserted; reading starts (the result follows through onCardRead). */
    CARD_INSERTED,
    /** The card was taken out. */
    CARD_REMOVED,
    /** The monitor was stopped. */
    STOPPED
}
