-- A run writes its outputs into a staging folder and publishes them whole when it completes; until
-- then its rows are stored but not published, and the views keep showing the last published run.
-- vs_output_file is what each run wrote (path under output/<year>/, SHA-256, size): an unchanged
-- run checks the published files against it. vs_run_lock holds the row that serialises the runs
-- of a year on databases without named locks (H2).

ALTER TABLE vs_run ADD COLUMN published_at ${datetime};
ALTER TABLE vs_run ADD COLUMN output_dir VARCHAR(1000);
UPDATE vs_run SET published_at = stored_at;

CREATE TABLE vs_output_file (
    run_id     BIGINT       NOT NULL,
    path       VARCHAR(500) NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    size_bytes BIGINT       NOT NULL,
    PRIMARY KEY (run_id, path)
);

CREATE TABLE vs_run_lock (
    report_year INT NOT NULL PRIMARY KEY
);

CREATE OR REPLACE VIEW v_latest_run AS
SELECT r.*
FROM vs_run r
WHERE r.published_at = (SELECT MAX(l.published_at) FROM vs_run l WHERE l.report_year = r.report_year);
