-- The employer the service recorded for a record sent without one: a Limosa worker's, which the
-- declaration names. Kept so the worker's confirmation and the foreman's list can say who it is.
ALTER TABLE outbox ADD COLUMN service_employer TEXT;
