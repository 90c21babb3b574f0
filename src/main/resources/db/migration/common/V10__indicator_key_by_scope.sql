-- A later run reads the prior year's indicators one scope (the city, a school) at a time: the key
-- leads with the scope, which serves that and every lookup by indicator and scope alike.
ALTER TABLE vs_indicator DROP PRIMARY KEY;
ALTER TABLE vs_indicator ADD PRIMARY KEY (run_id, scope_code, indicator_id);
