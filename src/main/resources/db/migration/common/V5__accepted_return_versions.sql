-- Every return version ever accepted, with its content: a rejected correction never erases a
-- school's data, the last accepted version stays in use. A carried-over version is marked.

CREATE TABLE vs_return_version (
    report_year     INT          NOT NULL,
    school_code     VARCHAR(10)  NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    file_name       VARCHAR(500) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    received_at     ${datetime},
    accepted_run_id BIGINT       NOT NULL,
    accepted_at     ${datetime}  NOT NULL,
    content         ${blob}      NOT NULL,
    PRIMARY KEY (report_year, school_code, sha256)
);

ALTER TABLE vs_school ADD COLUMN carried_over BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE vs_source_file DROP PRIMARY KEY;
ALTER TABLE vs_source_file ADD PRIMARY KEY (run_id, file_name, sha256);
