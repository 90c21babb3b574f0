-- Read-only views for report writers and BI tools: the latest stored run of each report year.

ALTER TABLE vs_indicator ADD COLUMN indicator_name VARCHAR(100) NOT NULL DEFAULT '';

CREATE VIEW v_latest_run AS
SELECT r.*
FROM vs_run r
WHERE r.run_id = (SELECT MAX(l.run_id) FROM vs_run l WHERE l.report_year = r.report_year);

CREATE VIEW v_city_indicator AS
SELECT i.report_year, i.data_year, i.indicator_id, i.indicator_name, i.indicator_value, i.display_value,
       i.numerator, i.denominator, i.schools_fed, i.schools_expected, i.prior_value, i.run_id
FROM vs_indicator i
JOIN v_latest_run r ON r.run_id = i.run_id
WHERE i.scope_code = 'city';

CREATE VIEW v_school_indicator AS
SELECT i.report_year, i.scope_code AS school_code, i.scope_name AS school_name, i.indicator_id, i.indicator_name,
       i.indicator_value, i.display_value, i.numerator, i.denominator, i.prior_value, i.run_id
FROM vs_indicator i
JOIN v_latest_run r ON r.run_id = i.run_id
WHERE i.scope_code <> 'city';

CREATE VIEW v_school_figures AS
SELECT s.*
FROM vs_school s
JOIN v_latest_run r ON r.run_id = s.run_id;

CREATE VIEW v_open_findings AS
SELECT f.report_year, f.school_code, f.file_name, f.location, f.rule_id, f.severity, f.message, f.run_id
FROM vs_finding f
JOIN v_latest_run r ON r.run_id = f.run_id
WHERE f.severity IN ('错误', '警告');
