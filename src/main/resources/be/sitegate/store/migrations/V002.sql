-- SiteGate kiosk store, version 2: nothing the network does ends a record's journey.
-- DEAD (given up after N failed calls) is gone: such records wait again, and either reach the
-- service or, once their day has passed, become EXPIRED ("not sent in time"), kept until acknowledged.
-- The service's remarks and refusals move from "CODE: text" lines into rows with the code apart.
-- SQLite cannot change a CHECK constraint in place: the outbox is rebuilt as its documentation
-- describes (the migration runs with foreign keys off and checks them before it commits).

CREATE TABLE outbox_v2 (
    client_reference TEXT PRIMARY KEY CHECK (length(client_reference) BETWEEN 1 AND 24),
    kind             TEXT    NOT NULL CHECK (kind IN ('REGISTRATION', 'EVENT')),
    status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    receipt_number   TEXT CHECK (receipt_number IS NULL OR length(receipt_number) <= 15),
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    acknowledged_at  INTEGER
);

INSERT INTO outbox_v2 (client_reference, kind, status, attempts, next_attempt_at, receipt_number, last_error,
                       created_at, updated_at)
SELECT client_reference, kind, CASE status WHEN 'DEAD' THEN 'PENDING' ELSE status END, attempts,
       next_attempt_at, receipt_number, last_error, created_at, updated_at
FROM outbox;

-- One remark or refusal per row: code (refusals only) and text, in the service's order.
CREATE TABLE outbox_remark (
    client_reference TEXT    NOT NULL REFERENCES outbox (client_reference) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    code             TEXT,
    text             TEXT    NOT NULL,
    PRIMARY KEY (client_reference, position)
);

-- Split the old newline-joined column; a refusal line was "CODE: description".
INSERT INTO outbox_remark (client_reference, position, code, text)
WITH RECURSIVE line (client_reference, status, position, head, rest) AS (
    SELECT client_reference, status, 0, NULL, remarks || char(10) FROM outbox WHERE remarks <> ''
    UNION ALL
    SELECT client_reference, status, position + 1, substr(rest, 1, instr(rest, char(10)) - 1),
           substr(rest, instr(rest, char(10)) + 1)
    FROM line WHERE rest <> ''
)
SELECT client_reference, position - 1,
       CASE WHEN status = 'REJECTED' AND instr(head, ': ') > 0 THEN substr(head, 1, instr(head, ': ') - 1) END,
       CASE WHEN status = 'REJECTED' AND instr(head, ': ') > 0 THEN substr(head, instr(head, ': ') + 2) ELSE head END
FROM line WHERE position > 0 AND head <> '';

DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_waiting ON outbox (created_at) WHERE status IN ('PENDING', 'SENT');
