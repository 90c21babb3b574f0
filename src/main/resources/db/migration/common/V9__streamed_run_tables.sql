-- The later steps of a run read its rows back in order instead of holding the year in memory:
-- registry order of the schools, catalogue order of the indicators; what the workbook and the
-- feedback show of a file (the name on the return, whether it was read as a return) and of an
-- indicator (its note) is stored with it.

ALTER TABLE vs_school ADD COLUMN registry_position INT NOT NULL DEFAULT 0;
ALTER TABLE vs_major ADD COLUMN school_position INT NOT NULL DEFAULT 0;
ALTER TABLE vs_award ADD COLUMN school_position INT NOT NULL DEFAULT 0;
ALTER TABLE vs_indicator ADD COLUMN note VARCHAR(200);
ALTER TABLE vs_indicator ADD COLUMN indicator_order INT NOT NULL DEFAULT 0;
ALTER TABLE vs_indicator ADD COLUMN scope_position INT NOT NULL DEFAULT 0;
ALTER TABLE vs_major ADD COLUMN source_sheet VARCHAR(31);
ALTER TABLE vs_award ADD COLUMN source_sheet VARCHAR(31);
ALTER TABLE vs_source_file ADD COLUMN school_name VARCHAR(100);
ALTER TABLE vs_source_file ADD COLUMN read_as_return BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE vs_source_file ADD COLUMN file_position INT NOT NULL DEFAULT 0;

-- When a published file was written: an unchanged rerun hashes only a file whose size or time differs.
ALTER TABLE vs_output_file ADD COLUMN modified_ms BIGINT NOT NULL DEFAULT 0;

-- The SHA-256 of each input file by its path, size and time: an unchanged rerun hashes only what changed.
CREATE TABLE vs_file_state (
    path_key    CHAR(64) NOT NULL PRIMARY KEY,
    size_bytes  BIGINT   NOT NULL,
    modified_ms BIGINT   NOT NULL,
    sha256      CHAR(64) NOT NULL
);

CREATE INDEX vs_school_order ON vs_school (run_id, registry_position);
CREATE INDEX vs_major_order ON vs_major (run_id, school_position, row_no);
CREATE INDEX vs_award_order ON vs_award (run_id, school_position, row_no);
CREATE INDEX vs_source_file_order ON vs_source_file (run_id, file_position);
CREATE INDEX vs_finding_file ON vs_finding (run_id, file_name, file_sha256);
CREATE INDEX vs_indicator_order ON vs_indicator (run_id, scope_position, indicator_order);
