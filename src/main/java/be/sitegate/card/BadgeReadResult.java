package be.sitegate.card;

import be.sitegate.domain.BadgeUid;

/** What a contactless card held on the reader gave: its UID, or why none the kiosk may use. */
public sealed interface BadgeReadResult {

    record Read(BadgeUid uid) implements BadgeReadResult {
    }

    record Refused(BadgeRefusal reason) implements BadgeReadResult {
    }
}
