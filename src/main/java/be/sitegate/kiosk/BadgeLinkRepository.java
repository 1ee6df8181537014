package be.sitegate.kiosk;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where badge links are kept (the store, behind a keyed fingerprint of the UID). A badge names one
 * worker on a workplace and a worker has one badge there: a new link replaces both earlier ones.
 */
public interface BadgeLinkRepository {

    /** The active link of {@code badge} on {@code workplace} at {@code now}. */
    Optional<BadgeLink> active(WorkplaceId workplace, BadgeUid badge, Instant now);

    BadgeLink link(WorkplaceId workplace, BadgeUid badge, Inss inss, String displayName, Optional<byte[]> photo,
            Instant createdAt, Instant expiresAt);

    /** Every link of the workplace the purge has not taken yet, by name. */
    List<BadgeLink> all(WorkplaceId workplace);

    boolean revoke(long id, Instant at);

    boolean restore(long id);
}
