-- A registration the service cancelled at the site manager's request (its receipt stays): when,
-- and the service's reason. The foreman's list, its totals, the evacuation list and the exports
-- read it from here, so a withdrawn person is never counted as registered or on site.
ALTER TABLE outbox ADD COLUMN withdrawn_at INTEGER;
ALTER TABLE outbox ADD COLUMN withdrawn_reason TEXT;
