-- A finding about a received file names the file by name and SHA-256: a corrected file saved under
-- an accepted file's name and the version carried over are two files.
ALTER TABLE vs_finding ADD COLUMN file_sha256 CHAR(64);
