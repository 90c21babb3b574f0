-- Comply or explain: a warning explained by the school or confirmed by the operator is no longer open.

ALTER TABLE vs_finding ADD COLUMN resolution VARCHAR(10) NOT NULL DEFAULT '未处理';
ALTER TABLE vs_finding ADD COLUMN note VARCHAR(2000);

CREATE OR REPLACE VIEW v_open_findings AS
SELECT f.report_year, f.school_code, f.file_name, f.location, f.rule_id, f.severity, f.message, f.run_id
FROM vs_finding f
JOIN v_latest_run r ON r.run_id = f.run_id
WHERE f.severity IN ('错误', '警告') AND f.resolution = '未处理';
