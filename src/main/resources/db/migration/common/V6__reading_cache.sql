-- What the reader made of each file content, so that a rerun reads again only the returns whose
-- content changed (SHA-256). Keyed by the reader's version: a new reader reads everything again.

CREATE TABLE vs_reading_cache (
    sha256         CHAR(64)    NOT NULL,
    reader_version CHAR(16)    NOT NULL,
    content        ${blob}     NOT NULL,
    cached_at      ${datetime} NOT NULL,
    PRIMARY KEY (sha256, reader_version)
);
