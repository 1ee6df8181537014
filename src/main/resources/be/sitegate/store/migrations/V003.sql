-- The foreman's and site manager's PIN: only its salted slow hash, and the wrong tries that lock it.
-- One row (id = 1). The lock is kept here so that a restart does not give a guesser fresh tries.
CREATE TABLE pin (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    hash         TEXT,                 -- PHC string ($argon2id$...), NULL until a PIN is set
    set_at       INTEGER,              -- epoch millis
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER               -- epoch millis, NULL when not locked
);
INSERT INTO pin (id, failures) VALUES (1, 0);
