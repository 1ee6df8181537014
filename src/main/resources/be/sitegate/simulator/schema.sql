-- The simulator's state: what the central service remembers between calls and across restarts.
-- Reference data (declarations, companies, persons...) comes from the seed file at every start.

-- Receipt numbers come from one ever-growing counter, so a number is never handed out twice,
-- not even after cancellation.
CREATE TABLE IF NOT EXISTS receipt_sequence (
    name       TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL
);
INSERT OR IGNORE INTO receipt_sequence (name, next_value) VALUES ('presence', 100000000001);

CREATE TABLE IF NOT EXISTS registration (
    id                TEXT PRIMARY KEY,          -- receipt number, at most 15 digits
    sender            TEXT NOT NULL,             -- enterprise number of the sender
    client_reference  TEXT NOT NULL,
    workplace_id      TEXT NOT NULL,
    registration_date TEXT NOT NULL,             -- YYYY-MM-DD
    inss              TEXT,
    limosa_id         TEXT,
    company_id        TEXT,
    direction         TEXT,                      -- CIAOW only: IN or OUT
    event_timestamp   TEXT,                      -- CIAOW only, as sent
    creation_date     TEXT NOT NULL,
    channel           TEXT NOT NULL,
    sector            INTEGER NOT NULL,
    status            TEXT NOT NULL,
    remarks           TEXT NOT NULL              -- JSON array of remark texts
);
CREATE INDEX IF NOT EXISTS registration_by_workplace_date ON registration (workplace_id, registration_date);
-- The duplicate check of every registered item ("same declaration"): without these it read every
-- registration of the workplace's day, so a call slowed as the day filled up.
CREATE INDEX IF NOT EXISTS registration_by_person_inss ON registration (workplace_id, registration_date, inss)
    WHERE inss IS NOT NULL;
CREATE INDEX IF NOT EXISTS registration_by_person_limosa ON registration (workplace_id, registration_date, limosa_id)
    WHERE limosa_id IS NOT NULL;
-- Reference look-ups ("exactly once" checks, the cancellation's access rules).
CREATE INDEX IF NOT EXISTS registration_by_reference ON registration (sender, client_reference);

CREATE TABLE IF NOT EXISTS registration_history (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    registration_id TEXT NOT NULL REFERENCES registration (id),
    at              TEXT NOT NULL,
    status          TEXT NOT NULL,
    remarks         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_by_registration ON registration_history (registration_id);

-- The first answer given for each (sender, clientReference): a resend gets exactly this again.
CREATE TABLE IF NOT EXISTS item_result (
    sender           TEXT NOT NULL,
    client_reference TEXT NOT NULL,
    result_json      TEXT NOT NULL,
    PRIMARY KEY (sender, client_reference)
);
