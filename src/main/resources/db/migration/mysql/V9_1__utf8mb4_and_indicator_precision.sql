-- As V8_1: the table created after V2_1 is forced to utf8mb4.
ALTER TABLE vs_file_state CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- As h2/V9_1: an indicator keeps every digit it was computed with (20 significant digits).
ALTER TABLE vs_indicator MODIFY indicator_value DECIMAL(50,30);
ALTER TABLE vs_indicator MODIFY prior_value DECIMAL(50,30);
