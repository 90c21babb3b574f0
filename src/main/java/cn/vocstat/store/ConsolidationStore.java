package cn.vocstat.store;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.PriorValues;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.OutputFile;
import cn.vocstat.reconcile.ComparedFigure;
import cn.vocstat.reconcile.PriorYearFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What later runs and the launcher ask of the consolidated tables: the published runs, their
 * outputs, the prior year's figures and the kept return versions. A run's rows are written by
 * {@link RunWriter} and read back for its outputs by {@link RunRows}.
 */
@Repository
public class ConsolidationStore {

    private static final String RUN_COLUMNS = "run_id, report_year, input_fingerprint, stored_at, returns_received, returns_accepted, "
            + "returns_rejected, schools_expected, schools_missing, error_count, warning_count, output_dir, published_at";
    /** The published run of each year that is shown: the one published last. */
    private static final String PUBLISHED = "published_at IS NOT NULL";
    /** Decimal places an indicator value is stored with: every digit of its 20 significant ones down to 10⁻³⁰. */
    public static final int INDICATOR_SCALE = 30;
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final JdbcTemplate jdbc;

    public ConsolidationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The run's outputs are in place: from now on it is the year's latest run, for the views and for later runs. */
    public void markPublished(long runId) {
        jdbc.update("UPDATE vs_run SET published_at = ? WHERE run_id = ?", timestamp(Instant.now()), runId);
    }

    /** The files a run wrote, as recorded before it published them. */
    public List<OutputFile> outputs(long runId) {
        return jdbc.query("SELECT path, sha256, size_bytes, modified_ms FROM vs_output_file WHERE run_id = ? ORDER BY path",
                (rs, i) -> new OutputFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), runId);
    }

    /** Records the files a run wrote, replacing what an earlier attempt recorded. */
    public void recordOutputs(long runId, List<OutputFile> files) {
        jdbc.update("DELETE FROM vs_output_file WHERE run_id = ?", runId);
        BatchInsert rows = new BatchInsert(jdbc, "vs_output_file", List.of("run_id", "path", "sha256", "size_bytes", "modified_ms"));
        for (OutputFile file : files) {
            rows.add(runId, StoredColumn.fit(file.path(), StoredColumn.OUTPUT_PATH), file.sha256(), file.sizeBytes(), file.modifiedMs());
        }
        rows.flush();
    }

    /** One file of a run's outputs written again (its drafted sections): recorded as it now is, in one statement. */
    public void replaceOutput(long runId, OutputFile file) {
        int updated = jdbc.update("UPDATE vs_output_file SET sha256 = ?, size_bytes = ?, modified_ms = ? WHERE run_id = ? AND path = ?",
                file.sha256(), file.sizeBytes(), file.modifiedMs(), runId, StoredColumn.fit(file.path(), StoredColumn.OUTPUT_PATH));
        if (updated == 0) {
            jdbc.update("INSERT INTO vs_output_file (run_id, path, sha256, size_bytes, modified_ms) VALUES (?, ?, ?, ?, ?)", runId,
                    StoredColumn.fit(file.path(), StoredColumn.OUTPUT_PATH), file.sha256(), file.sizeBytes(), file.modifiedMs());
        }
    }

    /** The latest published run of the year computed from this input: the run an unchanged rerun stands for. */
    public Optional<StoredRun> latestPublished(int year, String fingerprint) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM vs_run WHERE report_year = ? AND input_fingerprint = ? AND " + PUBLISHED
                + " ORDER BY published_at DESC, run_id DESC", this::storedRun, year, fingerprint).stream().findFirst();
    }

    /**
     * The indicator values of the latest published run of a year, for the prior-year comparison: read
     * one scope at a time as they are asked for (the city, then school by school), never all at once.
     */
    public PriorValues priorValues(int year) {
        Optional<Long> run = latestRunId(year);
        if (run.isEmpty()) {
            return PriorValues.none();
        }
        return new PriorValues() {
            private String scope;
            private Map<String, BigDecimal> values = Map.of();

            @Override
            public BigDecimal get(Indicator indicator, String scopeCode) {
                if (!scopeCode.equals(scope)) {
                    Map<String, BigDecimal> read = new HashMap<>();
                    jdbc.query("SELECT indicator_id, indicator_value FROM vs_indicator WHERE run_id = ? AND scope_code = ? "
                            + "AND indicator_value IS NOT NULL", rs -> {
                                read.put(rs.getString(1), Decimals.plain(rs.getBigDecimal(2)));
                            }, run.get(), scopeCode);
                    values = read;
                    scope = scopeCode;
                }
                return values.get(indicator.id());
            }
        };
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

    /** Each school's compared figures in the latest published run of a year, for the prior-year check: read a school at a time. */
    public PriorYearFigures priorSchoolFigures(int year) {
        Optional<Long> run = latestRunId(year);
        if (run.isEmpty()) {
            return PriorYearFigures.none();
        }
        String columns = String.join(", ", Stream.of(ComparedFigure.values()).map(ComparedFigure::column).toList());
        return new PriorYearFigures() {
            private String school;
            private Map<ComparedFigure, BigDecimal> figures = Map.of();

            @Override
            public Optional<BigDecimal> get(String schoolCode, ComparedFigure figure) {
                if (!schoolCode.equals(school)) {
                    Map<ComparedFigure, BigDecimal> read = new EnumMap<>(ComparedFigure.class);
                    jdbc.query("SELECT " + columns + " FROM vs_school WHERE run_id = ? AND school_code = ?", rs -> {
                        for (ComparedFigure each : ComparedFigure.values()) {
                            read.put(each, rs.getBigDecimal(each.column()));
                        }
                    }, run.get(), schoolCode);
                    figures = read;
                    school = schoolCode;
                }
                return Optional.ofNullable(figures.get(figure));
            }
        };
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

    /**
     * A time as local date-time text with microseconds. Connector/J takes MariaDB for MySQL 5.5.5 (the
     * version prefix MariaDB reports) and drops the fraction of Timestamp parameters; text keeps it.
     */
    static String timestamp(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).format(MICROSECONDS);
    }

}
