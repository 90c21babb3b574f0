-- The consolidated tables, keyed by report year and run (the Spring Batch job instance id).
-- Money and ratios are DECIMAL, never floating point. Portable SQL for H2 and MySQL/MariaDB:
-- on MySQL the character set is forced to utf8mb4 by V2_1, whatever the database default.
-- ${datetime} is TIMESTAMP(6) on H2 and DATETIME(6) on MySQL (no 2038 limit, no time-zone conversion).

CREATE TABLE vs_run (
    run_id            BIGINT       NOT NULL PRIMARY KEY,
    report_year       INT          NOT NULL,
    input_fingerprint VARCHAR(64)  NOT NULL,
    stored_at         ${datetime} NOT NULL,
    returns_received  INT          NOT NULL,
    returns_accepted  INT          NOT NULL,
    returns_rejected  INT          NOT NULL,
    schools_expected  INT          NOT NULL,
    schools_missing   INT          NOT NULL,
    error_count       INT          NOT NULL,
    warning_count     INT          NOT NULL
);
CREATE INDEX vs_run_year ON vs_run (report_year, run_id);

CREATE TABLE vs_source_file (
    run_id        BIGINT        NOT NULL,
    report_year   INT           NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    received_at   ${datetime},
    school_code   VARCHAR(10),
    status        VARCHAR(20)   NOT NULL,
    error_count   INT           NOT NULL,
    warning_count INT           NOT NULL,
    info_count    INT           NOT NULL,
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE vs_school (
    run_id                    BIGINT        NOT NULL,
    report_year               INT           NOT NULL,
    school_code               VARCHAR(10)   NOT NULL,
    school_name               VARCHAR(200)  NOT NULL,
    school_type               VARCHAR(50),
    school_level              VARCHAR(50),
    sponsor                   VARCHAR(20),
    authority                 VARCHAR(200),
    fill_date                 DATE,
    file_name                 VARCHAR(500)  NOT NULL,
    sha256                    CHAR(64)      NOT NULL,
    majors                    INT           NOT NULL,
    enrolment                 INT           NOT NULL,
    students                  INT           NOT NULL,
    graduates                 INT           NOT NULL,
    employed                  INT           NOT NULL,
    direct                    INT           NOT NULL,
    further                   INT           NOT NULL,
    staff_total               INT           NOT NULL,
    full_time                 INT           NOT NULL,
    senior                    INT           NOT NULL,
    intermediate              INT           NOT NULL,
    dual_qualified            INT           NOT NULL,
    enterprise_part_time      INT           NOT NULL,
    new_hires                 INT           NOT NULL,
    training                  INT           NOT NULL,
    volunteer_teams           INT           NOT NULL,
    volunteer_activities      INT           NOT NULL,
    partners                  INT           NOT NULL,
    order_classes             INT           NOT NULL,
    internships               INT           NOT NULL,
    joint_plans               INT           NOT NULL,
    joint_courses             INT           NOT NULL,
    enterprise_teaching_hours INT           NOT NULL,
    teacher_practice          INT           NOT NULL,
    partner_hires             INT           NOT NULL,
    income_total              DECIMAL(16,2) NOT NULL,
    fiscal_income             DECIMAL(16,2) NOT NULL,
    expenditure_total         DECIMAL(16,2) NOT NULL,
    project_expenditure       DECIMAL(16,2) NOT NULL,
    PRIMARY KEY (run_id, school_code)
);

CREATE TABLE vs_major (
    run_id        BIGINT       NOT NULL,
    report_year   INT          NOT NULL,
    school_code   VARCHAR(10)  NOT NULL,
    row_no        INT          NOT NULL,
    major_code    VARCHAR(6)   NOT NULL,
    major_name    VARCHAR(100) NOT NULL,
    category_name VARCHAR(100) NOT NULL,
    is_new        BOOLEAN      NOT NULL,
    brand         BOOLEAN      NOT NULL,
    featured      BOOLEAN      NOT NULL,
    through_mode  VARCHAR(20)  NOT NULL,
    enrolment     INT          NOT NULL,
    students      INT          NOT NULL,
    graduates     INT          NOT NULL,
    employed      INT          NOT NULL,
    direct        INT          NOT NULL,
    further       INT          NOT NULL,
    PRIMARY KEY (run_id, school_code, row_no)
);

CREATE TABLE vs_award (
    run_id      BIGINT       NOT NULL,
    report_year INT          NOT NULL,
    school_code VARCHAR(10)  NOT NULL,
    row_no      INT          NOT NULL,
    contest     VARCHAR(200) NOT NULL,
    event       VARCHAR(200) NOT NULL,
    award_level VARCHAR(10)  NOT NULL,
    category    VARCHAR(10)  NOT NULL,
    grade       VARCHAR(10)  NOT NULL,
    award_count INT          NOT NULL,
    PRIMARY KEY (run_id, school_code, row_no)
);

CREATE TABLE vs_indicator (
    run_id           BIGINT         NOT NULL,
    report_year      INT            NOT NULL,
    indicator_id     VARCHAR(50)    NOT NULL,
    scope_code       VARCHAR(10)    NOT NULL,
    scope_name       VARCHAR(200)   NOT NULL,
    data_year        INT            NOT NULL,
    indicator_value  DECIMAL(30,12),
    display_value    VARCHAR(50)    NOT NULL,
    numerator        DECIMAL(24,4),
    denominator      DECIMAL(24,4),
    schools_fed      INT,
    schools_expected INT,
    prior_value      DECIMAL(30,12),
    PRIMARY KEY (run_id, indicator_id, scope_code)
);

CREATE TABLE vs_finding (
    run_id      BIGINT        NOT NULL,
    report_year INT           NOT NULL,
    seq         INT           NOT NULL,
    school_code VARCHAR(10),
    file_name   VARCHAR(500),
    location    VARCHAR(100),
    rule_id     VARCHAR(20)   NOT NULL,
    severity    VARCHAR(10)   NOT NULL,
    message     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, seq)
);
