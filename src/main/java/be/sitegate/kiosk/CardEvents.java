package be.sitegate.kiosk;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Inss;

/**
 * The eID reader as the kiosk screen sees it. Implemented by an adapter over the card layer
 * ({@code be.sitegate.card}, or the virtual card in demos). Listeners may be called on any thread;
 * the UI moves them onto its own.
 */
public interface CardEvents {

    /** Adds a listener; it is told the current reader status at once. */
    Subscription subscribe(Listener listener);

    /** Every method has an empty default so a listener overrides only what it needs. */
    interface Listener {
        default void readerStatus(ReaderStatus status) {
        }

        /** A card went in; reading started (takes a second or two). */
        default void cardInserted() {
        }

        /**
         * The card's national number, read before its signatures are checked: only for a head start
         * on what does not depend on the card being authentic. {@link #cardRead} follows.
         */
        default void nationalNumberRead(Inss nationalNumber) {
        }

        default void cardRead(CardIdentity identity) {
        }

        /** The card was pulled out before the read finished. */
        default void cardRemovedDuringRead() {
        }

        /** The card left the reader (after a read, or after one that failed). */
        default void cardRemoved() {
        }

        /** Not an eID, or a card the reader could not read. */
        default void cardUnreadable() {
        }

        /** A contactless badge was held on the reader and gave its UID; no eID is read for it. */
        default void badgeRead(BadgeUid badge) {
        }

        /** A contactless card was held on the reader but gave no UID the kiosk may use. */
        default void badgeRefused(BadgeProblem problem) {
        }
    }

    /** Why a contactless card cannot serve as a badge, in the worker's words on the screen. */
    enum BadgeProblem {
        /** A chip that shows a new number at every tap (a passport, some cards): it never names the same badge. */
        RANDOM_UID,
        /** This reader cannot give badge numbers. */
        READER_CANNOT,
        /** Taken away too soon, or the reader failed. */
        NOT_READ
    }

    enum ReaderStatus {
        /** The PC/SC service is not running. */
        NO_SERVICE,
        NO_READER,
        READY
    }
}
