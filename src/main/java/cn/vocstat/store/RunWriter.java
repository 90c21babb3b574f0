package cn.vocstat.store;

import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.FieldLimit;
import cn.vocstat.model.Figures;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.FileTally;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one run's consolidated tables as the run goes, school by school, in multi-row batches:
 * nothing of the year has to be held to store it. Call it inside one transaction; {@link #clear()}
 * first removes what an earlier attempt of the run stored, so a restarted run never leaves
 * duplicate rows. The rows stay unpublished until the run's outputs are in place.
 */
public final class RunWriter {

    private static final Logger LOG = LoggerFactory.getLogger(RunWriter.class);
    private static final List<String> RUN_TABLES = List.of("vs_finding", "vs_indicator", "vs_award", "vs_major", "vs_school",
            "vs_source_file", "vs_run");
    static final List<String> SCHOOL_COLUMNS = schoolColumns();
    static final List<String> MAJOR_COLUMNS = List.of("run_id", "report_year", "school_code", "row_no", "major_code", "major_name",
            "category_name", "is_new", "brand", "featured", "through_mode", "enrolment", "students", "graduates", "employed", "direct",
            "further", "school_position", "source_sheet");
    static final List<String> AWARD_COLUMNS = List.of("run_id", "report_year", "school_code", "row_no", "contest", "event",
            "award_level", "category", "grade", "award_count", "school_position", "source_sheet");
    private static final Map<String, StoredColumn> COLUMNS = StoredColumn.ALL.stream()
            .collect(Collectors.toMap(c -> c.table() + "." + c.column(), c -> c));

    private final JdbcTemplate jdbc;
    private final long runId;
    private final int year;
    private final BatchInsert schools;
    private final BatchInsert majors;
    private final BatchInsert awards;
    private final BatchInsert indicators;
    private final BatchInsert findings;
    private final BatchInsert sources;
    private final Set<String> keptVersions = new HashSet<>();
    private final BatchInsert versions;
    private int findingSeq;

    public RunWriter(JdbcTemplate jdbc, long runId, int year) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.year = year;
        this.schools = new BatchInsert(jdbc, "vs_school", SCHOOL_COLUMNS);
        this.majors = new BatchInsert(jdbc, "vs_major", MAJOR_COLUMNS);
        this.awards = new BatchInsert(jdbc, "vs_award", AWARD_COLUMNS);
        this.indicators = new BatchInsert(jdbc, "vs_indicator", List.of("run_id", "report_year", "indicator_id", "scope_code", "scope_name",
                "data_year", "indicator_value", "display_value", "numerator", "denominator", "schools_fed", "schools_expected", "prior_value",
                "indicator_name", "note", "indicator_order", "scope_position"));
        this.findings = new BatchInsert(jdbc, "vs_finding", List.of("run_id", "report_year", "seq", "school_code", "file_name", "file_sha256",
                "location", "rule_id", "severity", "message", "resolution", "note"));
        this.versions = new BatchInsert(jdbc, "vs_return_version", List.of("report_year", "school_code", "sha256", "file_name", "size_bytes",
                "received_at", "accepted_run_id", "accepted_at", "content"));
        this.sources = new BatchInsert(jdbc, "vs_source_file", List.of("run_id", "report_year", "file_name", "sha256", "size_bytes",
                "received_at", "school_code", "status", "error_count", "warning_count", "info_count", "school_name", "read_as_return", "file_position"));
    }

    /**
     * Removes what an earlier attempt of this run stored, and the accepted versions of every run of
     * the year that did not publish; reads which versions the published runs kept.
     */
    public void clear() {
        for (String table : RUN_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
        // Only a published run's versions are ever used again; those of runs that never published (this
        // one's earlier attempt included) would only collide with the ones this run keeps.
        jdbc.update("DELETE FROM vs_return_version WHERE report_year = ? AND accepted_run_id NOT IN "
                + "(SELECT run_id FROM vs_run WHERE published_at IS NOT NULL)", year);
        keptVersions.clear();
        jdbc.query("SELECT v.school_code, v.sha256 FROM vs_return_version v JOIN vs_run r ON r.run_id = v.accepted_run_id "
                + "AND r.published_at IS NOT NULL WHERE v.report_year = ?", rs -> {
                    keptVersions.add(rs.getString(1) + "|" + rs.getString(2));
                }, year);
        findingSeq = 0;
    }

    /** The school's row, its majors and its award lines; {@code position} is its place in the registry. */
    public void school(AcceptedReturn school, int position, MajorCatalogue catalogue) {
        schools.add(schoolRow(runId, year, school, position));
        majorRows(runId, year, school, catalogue, position).forEach(majors::add);
        awardRows(runId, year, school, position).forEach(awards::add);
    }

    /** Indicator values of one scope: the city ({@code scopePosition} 0) or a school (its registry place + 1). */
    public void indicators(List<IndicatorValue> values, int scopePosition) {
        for (IndicatorValue v : values) {
            indicators.add(runId, year, v.indicator().id(), v.scopeCode(), v.scopeName(), v.dataYear(), scaled(v.value()), v.displayValue(),
                    v.numerator(), v.denominator(), v.schoolsFed(), v.schoolsExpected(), scaled(v.prior()), v.indicator().title(),
                    emptyToNull(StoredColumn.fit(v.note(), StoredColumn.INDICATOR_NOTE)), v.indicator().ordinal(), scopePosition);
        }
    }

    /**
     * Keeps the content of a return accepted in this run that no published run kept yet. A file
     * that changed or went away since it was read is not kept (its figures stand; the next run reads it again).
     */
    public void version(AcceptedReturn accepted) {
        SourceFile source = accepted.content().source();
        String key = accepted.school().code() + "|" + source.sha256();
        if (accepted.carriedOver() || !keptVersions.add(key)) {
            return;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(source.path());
        } catch (IOException e) {
            LOG.warn("{} 在汇总过程中已被移走或无法读取，本次未存档其内容", source.name(), e);
            return;
        }
        if (!Sha256.of(content).equals(source.sha256())) {
            return;
        }
        versions.add(year, accepted.school().code(), source.sha256(), source.name(), source.sizeBytes(),
                ConsolidationStore.timestamp(source.receivedAt()), runId, ConsolidationStore.timestamp(Instant.now()), content);
    }

    /** Every file received, with what became of it; its finding counts follow from the findings, see {@link #recount()}. */
    public void sources(List<ReturnOutcome> outcomes) {
        int position = 0;
        for (ReturnOutcome o : outcomes) {
            SourceFile source = o.reading().source();
            SchoolReturn content = o.reading().content().orElse(null);
            sources.add(runId, year, source.name(), source.sha256(), source.sizeBytes(), ConsolidationStore.timestamp(source.receivedAt()),
                    emptyToNull(o.reading().schoolCode()), o.status().name(), 0, 0, 0, content == null ? null : StoredColumn.fit(content.schoolName(), InfoField.SCHOOL_NAME.limit()),
                    content != null, position++);
        }
    }

    /** Findings, numbered on from those written before. */
    public void findings(List<Finding> list) {
        for (Finding f : list) {
            findings.add(runId, year, ++findingSeq, emptyToNull(f.schoolCode()), emptyToNull(StoredColumn.fit(f.fileName(), StoredColumn.FILE_NAME)),
                    emptyToNull(f.fileSha256()), emptyToNull(StoredColumn.fit(f.location(), StoredColumn.LOCATION)), f.rule().id(),
                    f.severity().label(), StoredColumn.fit(f.message(), StoredColumn.MESSAGE), f.resolution().label(),
                    emptyToNull(StoredColumn.fit(f.note(), StoredColumn.NOTE)));
        }
    }

    /**
     * The run's summary row: stored, not yet published; its finding counts are those of the rows, see
     * {@link #recount()}. Returns received, accepted and rejected count the files of the returns folder
     * ({@link FileTally}); a version carried over is none of them, its school counts as having data.
     */
    public void run(String fingerprint, Consolidation consolidation, String outputDir) {
        flush();
        FileTally files = FileTally.of(consolidation.outcomes());
        jdbc.update("INSERT INTO vs_run (run_id, report_year, input_fingerprint, stored_at, returns_received, returns_accepted, returns_rejected, "
                        + "schools_expected, schools_missing, error_count, warning_count, output_dir, published_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                runId, year, fingerprint, ConsolidationStore.timestamp(Instant.now()), files.files(), files.count(ReturnStatus.ACCEPTED),
                files.count(ReturnStatus.REJECTED), consolidation.expected().size(), consolidation.missing().size(), 0, 0,
                StoredColumn.fit(outputDir, StoredColumn.OUTPUT_DIR), null);
        recount();
    }

    /**
     * Findings met after the run's rows were stored: what writing feedback found about the marked
     * copies ({@link Rule#FEEDBACK}: a fault, a copy cut down or left out, a file changed since it was
     * read). They replace those an earlier attempt of the step stored, so a repeated step never counts twice.
     */
    public void feedbackFaults(List<Finding> faults) {
        List<Object> arguments = new ArrayList<>(List.of(runId));
        Rule.FEEDBACK.forEach(rule -> arguments.add(rule.id()));
        jdbc.update("DELETE FROM vs_finding WHERE run_id = ? AND rule_id IN (" + String.join(", ", java.util.Collections.nCopies(Rule.FEEDBACK.size(), "?"))
                + ")", arguments.toArray());
        Integer last = jdbc.queryForObject("SELECT MAX(seq) FROM vs_finding WHERE run_id = ?", Integer.class, runId);
        findingSeq = last == null ? 0 : last;
        findings(faults);
        flush();
        recount();
    }

    /** Each file's and the run's counts of findings by severity: what 数据质量 lists about them. */
    private void recount() {
        StringBuilder files = new StringBuilder("UPDATE vs_source_file SET ");
        String[] columns = {"error_count", "warning_count", "info_count"};
        Severity[] severities = {Severity.ERROR, Severity.WARNING, Severity.INFO};
        for (int i = 0; i < columns.length; i++) {
            files.append(i == 0 ? "" : ", ").append(columns[i]).append(" = (SELECT COUNT(*) FROM vs_finding f WHERE f.run_id = vs_source_file.run_id ")
                    .append("AND f.file_name = vs_source_file.file_name AND f.file_sha256 = vs_source_file.sha256 AND f.severity = '")
                    .append(severities[i].label()).append("')");
        }
        jdbc.update(files.append(" WHERE run_id = ?").toString(), runId);
        jdbc.update("UPDATE vs_run SET error_count = (SELECT COUNT(*) FROM vs_finding WHERE run_id = ? AND severity = ?), "
                + "warning_count = (SELECT COUNT(*) FROM vs_finding WHERE run_id = ? AND severity = ?) WHERE run_id = ?",
                runId, Severity.ERROR.label(), runId, Severity.WARNING.label(), runId);
    }

    public void flush() {
        tables().forEach(BatchInsert::flush);
    }

    /** Rows written so far, the run's own row and the kept return versions included. */
    public int rows() {
        return tables().stream().mapToInt(BatchInsert::written).sum() + 1;
    }

    /** Seconds spent in the INSERT statements of those rows: what the database's write speed is measured by. */
    public double writeSeconds() {
        return tables().stream().mapToLong(BatchInsert::nanos).sum() / 1e9;
    }

    private List<BatchInsert> tables() {
        return List.of(schools, majors, awards, indicators, findings, sources, versions);
    }

    /**
     * Builds the rows one accepted return gives and checks every value against its column's limit:
     * done before anything of the return is written, so that a value that would not fit fails that
     * return alone. Limits are enforced where values enter; this is the guard behind them.
     */
    public static void checkStorable(int year, AcceptedReturn accepted, MajorCatalogue catalogue) {
        check("vs_school", SCHOOL_COLUMNS, schoolRow(0, year, accepted, 0));
        for (Object[] row : majorRows(0, year, accepted, catalogue, 0)) {
            check("vs_major", MAJOR_COLUMNS, row);
        }
        for (Object[] row : awardRows(0, year, accepted, 0)) {
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

    private static Object[] schoolRow(long runId, int year, AcceptedReturn accepted, int position) {
        SchoolReturn content = accepted.content();
        List<Object> row = new ArrayList<>(List.of(runId, year, accepted.school().code(), accepted.school().name(),
                content.info().text(InfoField.SCHOOL_TYPE), content.info().text(InfoField.LEVEL), content.info().text(InfoField.SPONSOR),
                content.info().text(InfoField.AUTHORITY), Date.valueOf(content.fillDate()), content.source().name(), content.source().sha256(),
                accepted.carriedOver(), content.majors().size(), position, figureCells(content)));
        SchoolFigure.ALL.forEach(figure -> row.add(figure.of(content)));
        return row.toArray();
    }

    /** Where each figure was read, as column=location pairs; the change report quotes them. */
    private static String figureCells(SchoolReturn content) {
        return StoredColumn.fit(SchoolFigure.ALL.stream().map(figure -> figure.column() + "=" + figure.location(content))
                .collect(Collectors.joining(";")), StoredColumn.FIGURE_CELLS);
    }

    private static List<Object[]> majorRows(long runId, int year, AcceptedReturn school, MajorCatalogue catalogue, int position) {
        List<Object[]> rows = new ArrayList<>();
        for (Figures<MajorColumn> major : school.content().majors()) {
            String code = major.text(MajorColumn.CODE);
            var entry = catalogue.byCode(code);
            rows.add(new Object[] {runId, year, school.school().code(), major.row(), code,
                    entry.map(e -> e.name()).orElse(major.text(MajorColumn.NAME)),
                    entry.map(e -> e.categoryName()).orElse(major.text(MajorColumn.CATEGORY)),
                    major.flag(MajorColumn.NEW), major.flag(MajorColumn.BRAND), major.flag(MajorColumn.FEATURED), major.text(MajorColumn.THROUGH),
                    major.amount(MajorColumn.ENROLMENT), major.amount(MajorColumn.STUDENTS), major.amount(MajorColumn.GRADUATES),
                    major.amount(MajorColumn.EMPLOYED), major.amount(MajorColumn.DIRECT), major.amount(MajorColumn.FURTHER), position,
                    major.sheet()});
        }
        return rows;
    }

    private static List<Object[]> awardRows(long runId, int year, AcceptedReturn school, int position) {
        List<Object[]> rows = new ArrayList<>();
        for (Figures<AwardColumn> award : school.content().awards()) {
            rows.add(new Object[] {runId, year, school.school().code(), award.row(), award.text(AwardColumn.CONTEST), award.text(AwardColumn.EVENT),
                    award.text(AwardColumn.LEVEL), award.text(AwardColumn.CATEGORY), award.text(AwardColumn.GRADE), award.amount(AwardColumn.COUNT),
                    position, award.sheet()});
        }
        return rows;
    }

    private static List<String> schoolColumns() {
        List<String> columns = new ArrayList<>(List.of("run_id", "report_year", "school_code", "school_name", "school_type", "school_level",
                "sponsor", "authority", "fill_date", "file_name", "sha256", "carried_over", "majors", "registry_position", "figure_cells"));
        SchoolFigure.ALL.forEach(figure -> columns.add(figure.column()));
        return List.copyOf(columns);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(ConsolidationStore.INDICATOR_SCALE, RoundingMode.HALF_UP);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
