package be.sitegate.kiosk.fake;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.BadgeLink;
import be.sitegate.kiosk.BadgeLinkRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Badge links in memory, with the store's rules: one badge per worker and one worker per badge on a workplace. */
public final class InMemoryBadgeLinks implements BadgeLinkRepository {

    private record Entry(WorkplaceId workplace, BadgeUid badge, BadgeLink link) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<BadgeLink> active(WorkplaceId workplace, BadgeUid badge, Instant now) {
        return entries.stream().filter(e -> e.workplace.equals(workplace) && e.badge.equals(badge))
                .map(Entry::link).filter(l -> l.activeAt(now)).findFirst();
    }

    @Override
    public synchronized BadgeLink link(WorkplaceId workplace, BadgeUid badge, Inss inss, String displayName,
            Optional<byte[]> photo, Instant createdAt, Instant expiresAt) {
        entries.removeIf(e -> e.workplace.equals(workplace) && (e.badge.equals(badge) || e.link.inss().equals(inss)));
        BadgeLink link = new BadgeLink(nextId++, inss, displayName, photo, createdAt, expiresAt, Optional.empty());
        entries.add(new Entry(workplace, badge, link));
        return link;
    }

    @Override
    public synchronized List<BadgeLink> all(WorkplaceId workplace) {
        return entries.stream().filter(e -> e.workplace.equals(workplace)).map(Entry::link)
                .sorted(Comparator.comparing(BadgeLink::displayName)).toList();
    }

    @Override
    public synchronized boolean revoke(long id, Instant at) {
        return replace(id, l -> l.revokedAt().isEmpty(), l -> new BadgeLink(l.id(), l.inss(), l.displayName(),
                l.photo(), l.createdAt(), l.expiresAt(), Optional.of(at)));
    }

    @Override
    public synchronized boolean restore(long id) {
        return replace(id, l -> l.revokedAt().isPresent(), l -> new BadgeLink(l.id(), l.inss(), l.displayName(),
                l.photo(), l.createdAt(), l.expiresAt(), Optional.empty()));
    }

    private boolean replace(long id, java.util.function.Predicate<BadgeLink> when,
            java.util.function.UnaryOperator<BadgeLink> change) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.link.id() == id && when.test(e.link)) {
                entries.set(i, new Entry(e.workplace, e.badge, change.apply(e.link)));
                return true;
            }
        }
        return false;
    }
}
