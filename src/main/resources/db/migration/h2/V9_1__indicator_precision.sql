-- The workbook is read back from the stored rows: an indicator keeps every digit it was computed
-- with (20 significant digits), not 12 decimals.
ALTER TABLE vs_indicator ALTER COLUMN indicator_value SET DATA TYPE DECIMAL(50,30);
ALTER TABLE vs_indicator ALTER COLUMN prior_value SET DATA TYPE DECIMAL(50,30);
