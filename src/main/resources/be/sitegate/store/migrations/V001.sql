-- SiteGate kiosk store, version 1.
-- Times are epoch milliseconds (UTC); dates are ISO text in the workplace's zone (Europe/Brussels).

-- Delivery state of every record that must reach the central service (the transactional outbox).
-- A business row and its outbox row are inserted in the same transaction.
CREATE TABLE outbox (
    client_reference TEXT PRIMARY KEY CHECK (length(client_reference) BETWEEN 1 AND 24),
    kind             TEXT    NOT NULL CHECK (kind IN ('REGISTRATION', 'EVENT')),
    status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'ACCEPTED', 'REJECTED', 'DEAD')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    receipt_number   TEXT CHECK (receipt_number IS NULL OR length(receipt_number) <= 15),
    remarks          TEXT    NOT NULL DEFAULT '',
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Checkinatwork: one presence per person, workplace and day.
CREATE TABLE registration (
    client_reference  TEXT PRIMARY KEY REFERENCES outbox (client_reference),
    workplace_id      TEXT    NOT NULL,
    worker_key        TEXT    NOT NULL,
    employer          TEXT,
    registration_date TEXT    NOT NULL,
    registered_at     INTEGER NOT NULL,
    method            TEXT    NOT NULL,
    display_name      TEXT,
    UNIQUE (worker_key, workplace_id, registration_date)
);
CREATE INDEX registration_day ON registration (workplace_id, registration_date);

-- Check In and Out at Work: every IN and OUT.
CREATE TABLE presence_event (
    client_reference TEXT PRIMARY KEY REFERENCES outbox (client_reference),
    workplace_id     TEXT    NOT NULL,
    worker_key       TEXT    NOT NULL,
    employer         TEXT,
    direction        TEXT    NOT NULL CHECK (direction IN ('IN', 'OUT')),
    out_reason       TEXT CHECK (out_reason IN ('BREAK', 'END_OF_WORK')),
    event_date       TEXT    NOT NULL,
    at               INTEGER NOT NULL,
    method           TEXT    NOT NULL,
    display_name     TEXT
);
CREATE INDEX presence_event_day ON presence_event (workplace_id, event_date, worker_key, at);

-- The workplace details the central service returned, kept so that an offline morning can
-- re-initialise from an earlier day.
CREATE TABLE workplace (
    workplace_id TEXT PRIMARY KEY,
    address      TEXT    NOT NULL,
    sector       INTEGER NOT NULL,
    mode         TEXT    NOT NULL CHECK (mode IN ('CIAW', 'CIAOW')),
    updated_at   INTEGER NOT NULL
);
CREATE TABLE workplace_company (
    workplace_id      TEXT    NOT NULL REFERENCES workplace (workplace_id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    enterprise_number TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    PRIMARY KEY (workplace_id, position)
);

-- Each morning's initialisation; never a password.
CREATE TABLE kiosk_initialisation (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    workplace_id    TEXT    NOT NULL REFERENCES workplace (workplace_id),
    contractor      TEXT    NOT NULL,
    initialised_by  TEXT    NOT NULL,
    initialised_at  INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    from_cache      INTEGER NOT NULL CHECK (from_cache IN (0, 1))
);

-- The employer a worker chose on this workplace, so they never have to choose twice.
CREATE TABLE employer_choice (
    worker_key   TEXT    NOT NULL,
    workplace_id TEXT    NOT NULL,
    employer     TEXT    NOT NULL,
    chosen_at    INTEGER NOT NULL,
    PRIMARY KEY (worker_key, workplace_id)
);

-- What the central service's search says about a workplace's day, including other channels.
CREATE TABLE central_presence (
    receipt_number   TEXT PRIMARY KEY,
    workplace_id     TEXT NOT NULL,
    worker_key       TEXT NOT NULL,
    employer         TEXT,
    presence_date    TEXT NOT NULL,
    direction        TEXT,
    at               INTEGER,
    channel          TEXT NOT NULL,
    client_reference TEXT,
    status           TEXT NOT NULL
);
CREATE INDEX central_presence_day ON central_presence (workplace_id, presence_date);
