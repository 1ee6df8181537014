-- SiteGate kiosk store, version 8: badge links (issue 19). A worker who proved who they are with
-- their eID may link a contactless badge, so the next taps register them without the eID. A link
-- keeps the least that registering them needs: a keyed fingerprint of the badge's UID (HMAC-SHA-256
-- with the kiosk's own secret, never the UID, which would let anyone who reads the file clone the
-- badge), the worker's national number and the name the confirmation greets them with, the photo
-- only when the worker agreed to keep it, and when the link was made, ends and was revoked. The
-- employer is the one the worker chose, kept where every worker's choice is (employer_choice).
-- One badge names one worker on a workplace; a worker has one badge there (a new one replaces it).

CREATE TABLE badge_link (
    id            INTEGER PRIMARY KEY,
    workplace_id  TEXT    NOT NULL,
    fingerprint   BLOB    NOT NULL CHECK (length(fingerprint) = 32),
    worker_key    TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    photo         BLOB,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL CHECK (expires_at > created_at),
    revoked_at    INTEGER,
    UNIQUE (workplace_id, fingerprint),
    UNIQUE (workplace_id, worker_key)
);
