package be.sitegate.card;

import javax.smartcardio.CardTerminals;

/** Where the monitor finds card readers: the real PC/SC stack or in-process virtual terminals. */
public interface TerminalSource {

    /** The readers, or an exception carrying the status that explains why there are none. */
    CardTerminals terminals() throws Unavailable;

    /** The connection to the readers broke (e.g. pcscd restarted): the next {@link #terminals()} makes a new one. */
    default void reconnect() {
    }

    /** Any {@link CardTerminals}, such as {@code VirtualTerminals}; never touches PC/SC. */
    static TerminalSource of(CardTerminals terminals) {
        return () -> terminals;
    }

    /** PC/SC is not usable right now; {@code status} says why. */
    final class Unavailable extends Exception {
        private final MonitorStatus status;

        public Unavailable(MonitorStatus status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public MonitorStatus status() {
            return status;
        }
    }
}
