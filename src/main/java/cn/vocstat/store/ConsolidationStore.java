package cn.vocstat.store;

import cn.vocstat.indicator.IndicatorResult;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.indicator.PriorValues;
import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.FieldLimit;
import cn.vocstat.model.Figures;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.OutputFile;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reconcile.ComparedFigure;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.PriorYearFigures;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reference.MajorCatalogue;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The consolidated tables in the database, keyed by report year and run. Saving a run replaces
 * whatever that run stored before, so a restarted run never leaves duplicate rows.
 */
@Repository
public class ConsolidationStore {

    private static final List<String> RUN_TABLES = List.of("vs_output_file", "vs_finding", "vs_indicator", "vs_award", "vs_major", "vs_school",
            "vs_source_file", "vs_run");
    private static final String RUN_COLUMNS = "run_id, report_year, input_fingerprint, stored_at, returns_received, returns_accepted, "
            + "returns_rejected, schools_expected, schools_missing, error_count, warning_count, output_dir, published_at";
    /** The published run of each year that is shown: the one published last. */
    private static final String PUBLISHED = "published_at IS NOT NULL";
    private static final List<String> SCHOOL_COLUMNS = schoolColumns();
    private static final List<String> MAJOR_COLUMNS = List.of("run_id", "report_year", "school_code", "row_no", "major_code", "major_name",
            "category_name", "is_new", "brand", "featured", "through_mode", "enrolment", "students", "graduates", "employed", "direct", "further");
    private static final List<String> AWARD_COLUMNS = List.of("run_id", "report_year", "school_code", "row_no", "contest", "event",
            "award_level", "category", "grade", "award_count");
    private static final Map<String, StoredColumn> COLUMNS = StoredColumn.ALL.stream()
            .collect(java.util.stream.Collectors.toMap(c -> c.table() + "." + c.column(), c -> c));
    /** Decimal places an indicator value is stored with. */
    public static final int INDICATOR_SCALE = 12;
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsolidationStore.class);

    private final JdbcTemplate jdbc;

    public ConsolidationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores one run, with the files it wrote, and returns the rows written; call inside a transaction
     * so that it is all or nothing. The run is not published yet: {@link #markPublished} says so once
     * its outputs are in place, and only then do the views and the next runs see it.
     */
    public int save(long runId, String fingerprint, Consolidation consolidation, IndicatorResult indicators,
                     List<Finding> findings, MajorCatalogue catalogue, String outputDir, List<OutputFile> outputs) {
        for (String table : RUN_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
        int year = consolidation.year();
        int rows = saveSources(runId, year, consolidation.outcomes())
                + saveSchools(runId, year, consolidation.accepted())
                + saveMajors(runId, year, consolidation.accepted(), catalogue)
                + saveAwards(runId, year, consolidation.accepted())
                + saveIndicators(runId, year, indicators.values())
                + saveFindings(runId, year, findings)
                + written(jdbc.batchUpdate("INSERT INTO vs_output_file (run_id, path, sha256, size_bytes) VALUES (?,?,?,?)",
                        outputs.stream().map(o -> new Object[] {runId, o.path(), o.sha256(), o.sizeBytes()}).toList()));
        return rows + jdbc.update("INSERT INTO vs_run (" + RUN_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                runId, year, fingerprint, timestamp(Instant.now()), consolidation.outcomes().size(), consolidation.accepted().size(),
                consolidation.rejectedCount(), consolidation.expected().size(), consolidation.missing().size(),
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), StoredColumn.fit(outputDir, StoredColumn.OUTPUT_DIR), null);
    }

    /** The run's outputs are in place: from now on it is the year's latest run, for the views and for later runs. */
    public void markPublished(long runId) {
        jdbc.update("UPDATE vs_run SET published_at = ? WHERE run_id = ?", timestamp(Instant.now()), runId);
    }

    /** The files a run wrote, as recorded when it was stored. */
    public List<OutputFile> outputs(long runId) {
        return jdbc.query("SELECT path, sha256, size_bytes FROM vs_output_file WHERE run_id = ? ORDER BY path",
                (rs, i) -> new OutputFile(rs.getString(1), rs.getString(2), rs.getLong(3)), runId);
    }

    /** The latest published run of the year computed from this input: the run an unchanged rerun stands for. */
    public Optional<StoredRun> latestPublished(int year, String fingerprint) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM vs_run WHERE report_year = ? AND input_fingerprint = ? AND " + PUBLISHED
                + " ORDER BY published_at DESC, run_id DESC", this::storedRun, year, fingerprint).stream().findFirst();
    }

    /** The indicator values of the latest stored run of a year, for the prior-year comparison. */
    public PriorValues priorValues(int year) {
        Optional<Long> run = latestRunId(year);
        if (run.isEmpty()) {
            return PriorValues.none(year);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.query("SELECT indicator_id, scope_code, indicator_value FROM vs_indicator WHERE run_id = ? AND indicator_value IS NOT NULL",
                rs -> {
                    values.put(PriorValues.key(rs.getString(1), rs.getString(2)), Decimals.plain(rs.getBigDecimal(3)));
                }, run.get());
        return new PriorValues(year, values);
    }

    /**
     * Keeps the content of every return accepted in this run that is not kept yet. A file that changed
     * or went away since it was read is not kept (its figures stand; the next run reads it again).
     */
    public int keepAcceptedVersions(long runId, Consolidation consolidation) {
        int kept = 0;
        for (AcceptedReturn accepted : consolidation.accepted()) {
            SourceFile source = accepted.content().source();
            if (accepted.carriedOver() || versionExists(consolidation.year(), accepted.school().code(), source.sha256())) {
                continue;
            }
            byte[] content;
            try {
                content = Files.readAllBytes(source.path());
            } catch (IOException e) {
                LOG.warn("{} 在汇总过程中已被移走或无法读取，本次未存档其内容", source.name(), e);
                continue;
            }
            if (!Sha256.of(content).equals(source.sha256())) {
                continue;
            }
            kept += jdbc.update("INSERT INTO vs_return_version (report_year, school_code, sha256, file_name, size_bytes, received_at, "
                            + "accepted_run_id, accepted_at, content) VALUES (?,?,?,?,?,?,?,?,?)",
                    consolidation.year(), accepted.school().code(), source.sha256(), source.name(), source.sizeBytes(),
                    timestamp(source.receivedAt()), runId, timestamp(Instant.now()), content);
        }
        return kept;
    }

    /** The version of a school's return for a year that was accepted last, if any. */
    public Optional<StoredVersion> lastAcceptedVersion(int year, String schoolCode) {
        return jdbc.query("SELECT v.file_name, v.sha256, v.received_at, v.accepted_run_id, v.content FROM vs_return_version v "
                        + "JOIN vs_run r ON r.run_id = v.accepted_run_id AND r." + PUBLISHED
                        + " WHERE v.report_year = ? AND v.school_code = ? ORDER BY v.accepted_run_id DESC, v.accepted_at DESC",
                (rs, i) -> new StoredVersion(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getBytes(5)),
                year, schoolCode).stream().findFirst();
    }

    private boolean versionExists(int year, String schoolCode, String sha256) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM vs_return_version WHERE report_year = ? AND school_code = ? AND sha256 = ?",
                Integer.class, year, schoolCode, sha256);
        return count != null && count > 0;
    }

    /** Each school's compared figures in the latest stored run of a year, for the prior-year check. */
    public PriorYearFigures priorSchoolFigures(int year) {
        Optional<Long> run = latestRunId(year);
        if (run.isEmpty()) {
            return PriorYearFigures.none(year);
        }
        Map<String, Map<ComparedFigure, BigDecimal>> bySchool = new HashMap<>();
        String columns = String.join(", ", Stream.of(ComparedFigure.values()).map(ComparedFigure::column).toList());
        jdbc.query("SELECT school_code, " + columns + " FROM vs_school WHERE run_id = ?", rs -> {
            Map<ComparedFigure, BigDecimal> figures = new EnumMap<>(ComparedFigure.class);
            for (ComparedFigure figure : ComparedFigure.values()) {
                figures.put(figure, rs.getBigDecimal(figure.column()));
            }
            bySchool.put(rs.getString("school_code"), figures);
        }, run.get());
        return new PriorYearFigures(year, bySchool);
    }

    /** The latest published run of the year other than the given one: what a change report compares with. */
    public Optional<PreviousRun> previousRun(int year, long currentRunId) {
        Optional<Long> found = jdbc.query("SELECT run_id FROM vs_run WHERE report_year = ? AND run_id <> ? AND " + PUBLISHED
                + " ORDER BY published_at DESC, run_id DESC", (rs, i) -> rs.getLong(1), year, currentRunId).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long runId = found.get();
        List<PreviousRun.Source> sources = jdbc.query("SELECT file_name, sha256, school_code, status FROM vs_source_file WHERE run_id = ?",
                (rs, i) -> new PreviousRun.Source(rs.getString(1), rs.getString(2), Objects.requireNonNullElse(rs.getString(3), ""), rs.getString(4)), runId);
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
        jdbc.query("SELECT * FROM vs_school WHERE run_id = ?", rs -> {
            Map<String, BigDecimal> values = new HashMap<>();
            for (SchoolFigure figure : SchoolFigure.ALL) {
                values.put(figure.column(), Decimals.plain(rs.getBigDecimal(figure.column())));
            }
            figures.put(rs.getString("school_code"), values);
            names.put(rs.getString("school_code"), rs.getString("school_name"));
        }, runId);
        Map<String, PreviousRun.Indicator> indicators = new HashMap<>();
        jdbc.query("SELECT indicator_id, scope_code, scope_name, indicator_value, display_value FROM vs_indicator WHERE run_id = ?", rs -> {
            BigDecimal value = rs.getBigDecimal(4);
            indicators.put(PriorValues.key(rs.getString(1), rs.getString(2)), new PreviousRun.Indicator(rs.getString(1), rs.getString(2),
                    rs.getString(3), value == null ? null : Decimals.plain(value), rs.getString(5)));
        }, runId);
        return Optional.of(new PreviousRun(runId, sources, names, figures, indicators));
    }

    /** The year's latest published run: the one the views show and the next year compares with. */
    public Optional<Long> latestRunId(int year) {
        return jdbc.query("SELECT run_id FROM vs_run WHERE report_year = ? AND " + PUBLISHED + " ORDER BY published_at DESC, run_id DESC",
                (rs, i) -> rs.getLong(1), year).stream().findFirst();
    }

    public Optional<StoredRun> run(long runId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM vs_run WHERE run_id = ?", this::storedRun, runId).stream().findFirst();
    }

    private StoredRun storedRun(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Timestamp published = rs.getTimestamp(13);
        return new StoredRun(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                published == null ? null : published.toInstant());
    }

    private int saveSources(long runId, int year, List<ReturnOutcome> outcomes) {
        return written(jdbc.batchUpdate("INSERT INTO vs_source_file (run_id, report_year, file_name, sha256, size_bytes, received_at, school_code, status, "
                        + "error_count, warning_count, info_count) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                outcomes.stream().map(o -> new Object[] {runId, year, o.reading().source().name(), o.reading().source().sha256(),
                        o.reading().source().sizeBytes(), timestamp(o.reading().source().receivedAt()), emptyToNull(o.reading().schoolCode()),
                        o.status().name(), o.count(Severity.ERROR), o.count(Severity.WARNING), o.count(Severity.INFO)}).toList()));
    }

    /**
     * Builds the rows one accepted return gives and checks every value against its column's limit:
     * the storing of one return, done before anything is written so that a value that would not fit
     * fails that return alone. Limits are enforced where values enter; this is the guard behind them.
     */
    public static void checkStorable(int year, AcceptedReturn accepted, MajorCatalogue catalogue) {
        check("vs_school", SCHOOL_COLUMNS, schoolRow(0, year, accepted));
        for (Object[] row : majorRows(0, year, accepted, catalogue)) {
            check("vs_major", MAJOR_COLUMNS, row);
        }
        for (Object[] row : awardRows(0, year, accepted)) {
            check("vs_award", AWARD_COLUMNS, row);
        }
    }

    private static void check(String table, List<String> columns, Object[] row) {
        for (int i = 0; i < columns.size(); i++) {
            StoredColumn column = COLUMNS.get(table + "." + columns.get(i));
            if (column.isSized() && !fits(row[i], column.limit())) {
                throw new IllegalStateException(table + "." + columns.get(i) + " cannot hold " + Rule.quoted(String.valueOf(row[i])));
            }
        }
    }

    private static boolean fits(Object value, FieldLimit limit) {
        if (value instanceof String text) {
            return limit.isNumber() || text.codePointCount(0, text.length()) <= limit.maxLength();
        }
        if (value instanceof BigDecimal number) {
            return !limit.isNumber() || number.abs().compareTo(limit.max()) <= 0 && Math.max(Decimals.plain(number).scale(), 0) <= limit.scale();
        }
        if (value instanceof Integer || value instanceof Long) {
            return !limit.isNumber() || BigDecimal.valueOf(((Number) value).longValue()).compareTo(limit.max()) <= 0;
        }
        return true;
    }

    private int saveSchools(long runId, int year, List<AcceptedReturn> accepted) {
        return written(jdbc.batchUpdate(insert("vs_school", SCHOOL_COLUMNS), accepted.stream().map(a -> schoolRow(runId, year, a)).toList()));
    }

    private static Object[] schoolRow(long runId, int year, AcceptedReturn accepted) {
        SchoolReturn content = accepted.content();
        List<Object> row = new ArrayList<>(List.of(runId, year, accepted.school().code(), accepted.school().name(),
                content.info().text(InfoField.SCHOOL_TYPE), content.info().text(InfoField.LEVEL), content.info().text(InfoField.SPONSOR),
                content.info().text(InfoField.AUTHORITY), Date.valueOf(content.fillDate()), content.source().name(), content.source().sha256(),
                accepted.carriedOver(), content.majors().size()));
        SchoolFigure.ALL.forEach(figure -> row.add(figure.of(content)));
        return row.toArray();
    }

    private int saveMajors(long runId, int year, List<AcceptedReturn> accepted, MajorCatalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        accepted.forEach(school -> rows.addAll(majorRows(runId, year, school, catalogue)));
        return written(jdbc.batchUpdate(insert("vs_major", MAJOR_COLUMNS), rows));
    }

    private static List<Object[]> majorRows(long runId, int year, AcceptedReturn school, MajorCatalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        for (Figures<MajorColumn> major : school.content().majors()) {
            String code = major.text(MajorColumn.CODE);
            var entry = catalogue.byCode(code);
            rows.add(new Object[] {runId, year, school.school().code(), major.row(), code,
                    entry.map(e -> e.name()).orElse(major.text(MajorColumn.NAME)),
                    entry.map(e -> e.categoryName()).orElse(major.text(MajorColumn.CATEGORY)),
                    major.flag(MajorColumn.NEW), major.flag(MajorColumn.BRAND), major.flag(MajorColumn.FEATURED), major.text(MajorColumn.THROUGH),
                    major.amount(MajorColumn.ENROLMENT), major.amount(MajorColumn.STUDENTS), major.amount(MajorColumn.GRADUATES),
                    major.amount(MajorColumn.EMPLOYED), major.amount(MajorColumn.DIRECT), major.amount(MajorColumn.FURTHER)});
        }
        return rows;
    }

    private int saveAwards(long runId, int year, List<AcceptedReturn> accepted) {
        List<Object[]> rows = new ArrayList<>();
        accepted.forEach(school -> rows.addAll(awardRows(runId, year, school)));
        return written(jdbc.batchUpdate(insert("vs_award", AWARD_COLUMNS), rows));
    }

    private static List<Object[]> awardRows(long runId, int year, AcceptedReturn school) {
        List<Object[]> rows = new ArrayList<>();
        for (Figures<AwardColumn> award : school.content().awards()) {
            rows.add(new Object[] {runId, year, school.school().code(), award.row(), award.text(AwardColumn.CONTEST), award.text(AwardColumn.EVENT),
                    award.text(AwardColumn.LEVEL), award.text(AwardColumn.CATEGORY), award.text(AwardColumn.GRADE), award.amount(AwardColumn.COUNT)});
        }
        return rows;
    }

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?,".repeat(columns.size() - 1) + "?)";
    }

    private int saveIndicators(long runId, int year, List<IndicatorValue> values) {
        return written(jdbc.batchUpdate("INSERT INTO vs_indicator (run_id, report_year, indicator_id, scope_code, scope_name, data_year, indicator_value, "
                        + "display_value, numerator, denominator, schools_fed, schools_expected, prior_value, indicator_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                values.stream().map(v -> new Object[] {runId, year, v.indicator().id(), v.scopeCode(), v.scopeName(), v.dataYear(),
                        scaled(v.value()), v.displayValue(), v.numerator(), v.denominator(), v.schoolsFed(), v.schoolsExpected(),
                        scaled(v.prior()), v.indicator().title()}).toList()));
    }

    private int saveFindings(long runId, int year, List<Finding> findings) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(new Object[] {runId, year, i + 1, emptyToNull(f.schoolCode()), emptyToNull(StoredColumn.fit(f.fileName(), StoredColumn.FILE_NAME)),
                    emptyToNull(f.fileSha256()), emptyToNull(StoredColumn.fit(f.location(), StoredColumn.LOCATION)), f.rule().id(), f.severity().label(),
                    StoredColumn.fit(f.message(), StoredColumn.MESSAGE), f.resolution().label(), emptyToNull(StoredColumn.fit(f.note(), StoredColumn.NOTE))});
        }
        return written(jdbc.batchUpdate("INSERT INTO vs_finding (run_id, report_year, seq, school_code, file_name, file_sha256, location, rule_id, "
                + "severity, message, resolution, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows));
    }

    private static List<String> schoolColumns() {
        List<String> columns = new ArrayList<>(List.of("run_id", "report_year", "school_code", "school_name", "school_type", "school_level",
                "sponsor", "authority", "fill_date", "file_name", "sha256", "carried_over", "majors"));
        SchoolFigure.ALL.forEach(figure -> columns.add(figure.column()));
        return List.copyOf(columns);
    }

    /** Rows in a batch; with rewriteBatchedStatements MySQL reports SUCCESS_NO_INFO, not per-row counts. */
    private static int written(int[] batch) {
        return batch.length;
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(INDICATOR_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A time as local date-time text with microseconds. Connector/J takes MariaDB for MySQL 5.5.5 (the
     * version prefix MariaDB reports) and drops the fraction of Timestamp parameters; text keeps it.
     */
    static String timestamp(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).format(MICROSECONDS);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
