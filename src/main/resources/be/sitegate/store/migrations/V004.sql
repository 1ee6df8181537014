-- Every correction a foreman or site manager made (a cancellation, a resend after a correction, a
-- registration on a worker's behalf): who, when, what, and how the service answered. Append-only
-- apart from the outcome, so an inspector sees what was changed and by whom.
CREATE TABLE correction (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    at               INTEGER NOT NULL,           -- epoch millis
    actor            TEXT    NOT NULL,
    kind             TEXT    NOT NULL,           -- CANCEL, RESEND, ON_BEHALF
    client_reference TEXT    NOT NULL,
    workplace_id     TEXT    NOT NULL,
    day              TEXT    NOT NULL,           -- YYYY-MM-DD of the corrected record
    detail           TEXT,                       -- the reason, or the corrected employer
    outcome          TEXT    NOT NULL,           -- DONE, REFUSED, NOT_SENT
    outcome_detail   TEXT
);
CREATE INDEX correction_day ON correction (workplace_id, day);
