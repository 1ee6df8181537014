package be.sitegate.app;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.BadgeLink;
import be.sitegate.kiosk.BadgeLinkRepository;
import be.sitegate.store.BadgeLinkStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Badge links in the kiosk's store, found by the badge's keyed fingerprint (the UID never reaches
 * the store). A tap reads here before it registers, so failures go through {@link StorageFaults}.
 */
public final class StoreBadgeLinks implements BadgeLinkRepository {

    private final BadgeLinkStore store;
    private final BadgeFingerprints fingerprints;
    private final StorageFaults faults;

    public StoreBadgeLinks(BadgeLinkStore store, BadgeFingerprints fingerprints, StorageFaults faults) {
        this.store = store;
        this.fingerprints = fingerprints;
        this.faults = faults;
    }

    @Override
    public Optional<BadgeLink> active(WorkplaceId workplace, BadgeUid badge, Instant now) {
        return faults.read("find the badge's link", () -> store.active(workplace.toString(), fingerprints.of(badge),
                now.toEpochMilli()).map(StoreBadgeLinks::link));
    }

    @Override
    public BadgeLink link(WorkplaceId workplace, BadgeUid badge, Inss inss, String displayName,
            Optional<byte[]> photo, Instant createdAt, Instant expiresAt) {
        long id = faults.write("link the badge", () -> store.link(workplace.toString(), fingerprints.of(badge),
                WorkerId.of(inss).key(), displayName, photo, createdAt.toEpochMilli(), expiresAt.toEpochMilli()));
        return new BadgeLink(id, inss, displayName, photo, createdAt, expiresAt, Optional.empty());
    }

    @Override
    public List<BadgeLink> all(WorkplaceId workplace) {
        return faults.read("list the badge links", () -> store.all(workplace.toString()).stream()
                .map(StoreBadgeLinks::link).toList());
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return faults.write("revoke a badge link", () -> store.revoke(id, at.toEpochMilli()));
    }

    @Override
    public boolean restore(long id) {
        return faults.write("restore a badge link", () -> store.restore(id));
    }

    private static BadgeLink link(BadgeLinkStore.Row row) {
        Inss inss = ((WorkerId.National) WorkerId.fromKey(row.workerKey())).inss();
        return new BadgeLink(row.id(), inss, row.displayName(), row.photo(), Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.expiresAt()),
                row.revokedAt() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(row.revokedAt())));
    }
}
