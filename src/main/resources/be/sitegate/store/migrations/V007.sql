-- SiteGate kiosk store, version 7: the outbox's counts kept as the records change.
-- The status bar's summary is read after every exchange with the service; counting the whole
-- outbox each time (a GROUP BY over every record the kiosk still keeps) slowed with the database.
-- Triggers keep one row per state and "needs attention" flag exact in the same transaction as
-- the change itself, whatever writes the outbox: a registration or event, a batch marked sent, an
-- outcome, a resend, an acknowledgement, the retention purge, a migration. A later migration
-- that rebuilds the outbox (drop and rename, as V002 did) drops these triggers with it: it must
-- create them again and recount.

CREATE TABLE outbox_count (
    status          TEXT    NOT NULL,
    needs_attention INTEGER NOT NULL CHECK (needs_attention IN (0, 1)),
    n               INTEGER NOT NULL,
    PRIMARY KEY (status, needs_attention)
) WITHOUT ROWID;

INSERT INTO outbox_count (status, needs_attention, n) VALUES
    ('PENDING', 0, 0), ('PENDING', 1, 0), ('SENT', 0, 0), ('SENT', 1, 0), ('ACCEPTED', 0, 0),
    ('ACCEPTED', 1, 0), ('REJECTED', 0, 0), ('REJECTED', 1, 0), ('EXPIRED', 0, 0), ('EXPIRED', 1, 0);

UPDATE outbox_count SET n = (SELECT count(*) FROM outbox o WHERE o.status = outbox_count.status
    AND (o.status IN ('REJECTED', 'EXPIRED') AND o.acknowledged_at IS NULL) = outbox_count.needs_attention);

CREATE TRIGGER outbox_count_insert AFTER INSERT ON outbox
BEGIN
    UPDATE outbox_count SET n = n + 1 WHERE status = NEW.status
        AND needs_attention = (NEW.status IN ('REJECTED', 'EXPIRED') AND NEW.acknowledged_at IS NULL);
END;

CREATE TRIGGER outbox_count_delete AFTER DELETE ON outbox
BEGIN
    UPDATE outbox_count SET n = n - 1 WHERE status = OLD.status
        AND needs_attention = (OLD.status IN ('REJECTED', 'EXPIRED') AND OLD.acknowledged_at IS NULL);
END;

CREATE TRIGGER outbox_count_update AFTER UPDATE OF status, acknowledged_at ON outbox
WHEN OLD.status <> NEW.status OR (OLD.acknowledged_at IS NULL) <> (NEW.acknowledged_at IS NULL)
BEGIN
    UPDATE outbox_count SET n = n - 1 WHERE status = OLD.status
        AND needs_attention = (OLD.status IN ('REJECTED', 'EXPIRED') AND OLD.acknowledged_at IS NULL);
    UPDATE outbox_count SET n = n + 1 WHERE status = NEW.status
        AND needs_attention = (NEW.status IN ('REJECTED', 'EXPIRED') AND NEW.acknowledged_at IS NULL);
END;
