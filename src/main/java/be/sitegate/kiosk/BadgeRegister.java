package be.sitegate.kiosk;

import java.util.List;
import java.util.Objects;

/**
 * The site manager's view of the badge links behind the PIN: list them, revoke one (the badge
 * registers nobody from then on) and undo that while the daily purge has not taken the link.
 */
public final class BadgeRegister {

    private final KioskSession session;
    private final BadgeLinkRepository links;

    public BadgeRegister(KioskSession session, BadgeLinkRepository links) {
        this.session = Objects.requireNonNull(session, "session");
        this.links = Objects.requireNonNull(links, "links");
    }

    /** The workplace's links by name; empty before the kiosk is opened for a workplace. */
    public List<BadgeLink> links() {
        return session.current().map(opened -> links.all(opened.workplace().id())).orElse(List.of());
    }

    public boolean revoke(BadgeLink link) {
        return links.revoke(link.id(), session.now());
    }

    public boolean restore(BadgeLink link) {
        return links.restore(link.id());
    }

    /** The links as a new CSV file in {@code folder} (call off the screen's thread: a stick is slow). */
    public java.nio.file.Path export(java.nio.file.Path folder) throws java.io.IOException {
        return BadgeLinkCsv.write(links(), folder, session.now(), session.zone());
    }
}
