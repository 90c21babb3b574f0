package cn.vocstat.store;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.FileTally;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Resolution;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run's stored rows read back in the order the outputs show them, a page at a time: the feedback
 * and the analyst workbook are written from here, so no step holds the year in memory. Pages are
 * ranges of the positions the rows were stored with (registry order, file order, finding number),
 * which reads the same on H2 and MySQL and leaves the connection free between pages.
 */
@Repository
public class RunRows {

    private static final String FINDING_COLUMNS = "f.rule_id, f.file_name, f.file_sha256, f.location, f.school_code, f.message, f.resolution, f.note";

    private final JdbcTemplate jdbc;

    public RunRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file received, with what became of it; its path is where the run read it. */
    public record FileRow(SourceFile source, String schoolCode, String schoolName, ReturnStatus status, boolean readAsReturn,
                          int errors, int warnings, int infos) {
    }

    /** A file and the findings about it, in the order found. */
    public record FileFindings(FileRow file, List<Finding> findings) {
    }

    /** An accepted school as stored: its 基本信息, its source, its figures by {@link SchoolFigure#column()} and the indicators asked for. */
    public record SchoolRow(String code, String name, String type, String level, String sponsor, String authority, String fileName,
                            String sha256, boolean carriedOver, Map<String, BigDecimal> figures, List<BigDecimal> indicators) {
    }

    /** A major a school offers, with the catalogue's name and category. */
    public record MajorRow(String schoolCode, String schoolName, String fileName, String sheet, int row, String code, String name,
                           String category, boolean isNew, boolean brand, boolean featured, String through, List<BigDecimal> counts) {
    }

    /** An award line of a school's return. */
    public record AwardRow(String schoolCode, String schoolName, String fileName, String sheet, int row, String contest, String event,
                           String level, String category, String grade, BigDecimal count) {
    }

    /** Awards summed by 赛事 × 级别 × 参赛类别 × 奖项等级, with the number of schools that won them. */
    public record AwardSum(String contest, String level, String category, String grade, BigDecimal count, int schools) {
    }

    /** Every file received, in name order; {@code returnsDir} is where the run read them. */
    public void files(long runId, Path returnsDir, Consumer<FileRow> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(file_position) FROM vs_source_file WHERE run_id = ?", runId, (from, to) ->
                jdbc.query("SELECT file_name, sha256, size_bytes, received_at, school_code, school_name, status, read_as_return, "
                                + "error_count, warning_count, info_count FROM vs_source_file WHERE run_id = ? AND file_position >= ? "
                                + "AND file_position < ? ORDER BY file_position",
                        rs -> {
                            action.accept(fileRow(rs, returnsDir));
                        }, runId, from, to));
    }

    /** Every file received with its findings, in name order, a page of files at a time. */
    public void filesWithFindings(long runId, Path returnsDir, Consumer<FileFindings> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(file_position) FROM vs_source_file WHERE run_id = ?", runId, (from, to) -> {
            Map<String, List<Finding>> findings = new HashMap<>();
            jdbc.query("SELECT " + FINDING_COLUMNS + " FROM vs_source_file s JOIN vs_finding f ON f.run_id = s.run_id "
                            + "AND f.file_name = s.file_name AND f.file_sha256 = s.sha256 WHERE s.run_id = ? AND s.file_position >= ? "
                            + "AND s.file_position < ? ORDER BY f.seq",
                    rs -> {
                        Finding finding = finding(rs);
                        findings.computeIfAbsent(finding.fileKey(), k -> new ArrayList<>()).add(finding);
                    }, runId, from, to);
            List<FileRow> files = new ArrayList<>();
            jdbc.query("SELECT file_name, sha256, size_bytes, received_at, school_code, school_name, status, read_as_return, "
                            + "error_count, warning_count, info_count FROM vs_source_file WHERE run_id = ? AND file_position >= ? "
                            + "AND file_position < ? ORDER BY file_position",
                    rs -> {
                        files.add(fileRow(rs, returnsDir));
                    }, runId, from, to);
            files.forEach(file -> action.accept(new FileFindings(file, findings.getOrDefault(file.source().key(), List.of()))));
        });
    }

    /** Every finding of the run, in the order found. */
    public void findings(long runId, Consumer<Finding> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(seq) FROM vs_finding WHERE run_id = ?", runId, (from, to) ->
                jdbc.query("SELECT " + FINDING_COLUMNS + " FROM vs_finding f WHERE f.run_id = ? AND f.seq >= ? AND f.seq < ? ORDER BY f.seq",
                        rs -> {
                            action.accept(finding(rs));
                        }, runId, from, to));
    }

    /** Every indicator value: the city's, then each school's in registry order, each in catalogue order. */
    public void indicators(long runId, Consumer<IndicatorValue> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(scope_position) FROM vs_indicator WHERE run_id = ?", runId,
                (from, to) -> indicatorValues(runId, from, to, action));
    }

    /** The city's indicator values, in catalogue order. */
    public void cityIndicatorValues(long runId, Consumer<IndicatorValue> action) {
        indicatorValues(runId, 0, 1, action);
    }

    private void indicatorValues(long runId, long fromPosition, long toPosition, Consumer<IndicatorValue> action) {
        jdbc.query("SELECT indicator_id, scope_code, scope_name, data_year, indicator_value, numerator, denominator, schools_fed, "
                        + "schools_expected, prior_value, note FROM vs_indicator WHERE run_id = ? AND scope_position >= ? "
                        + "AND scope_position < ? ORDER BY scope_position, indicator_order",
                rs -> {
                    action.accept(new IndicatorValue(Indicator.byId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4),
                            decimal(rs, 6), decimal(rs, 7), decimal(rs, 5), integer(rs, 8), integer(rs, 9), decimal(rs, 10),
                            Objects.requireNonNullElse(rs.getString(11), "")));
                }, runId, fromPosition, toPosition);
    }

    /** The city's value of each indicator asked for, null where there is none. */
    public List<BigDecimal> cityIndicators(long runId, List<Indicator> indicators) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.query("SELECT indicator_id, indicator_value FROM vs_indicator WHERE run_id = ? AND scope_code = ?", rs -> {
            values.put(rs.getString(1), decimal(rs, 2));
        }, runId, IndicatorValue.CITY);
        return indicators.stream().map(i -> values.get(i.id())).toList();
    }

    /** Every accepted school in registry order, with its own value of each indicator asked for. */
    public void schools(long runId, List<Indicator> indicators, Consumer<SchoolRow> action) {
        StringBuilder sql = new StringBuilder("SELECT s.*");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            sql.append(", i").append(i).append(".indicator_value AS indicator_").append(i);
            joins.append(" LEFT JOIN vs_indicator i").append(i).append(" ON i").append(i).append(".run_id = s.run_id AND i").append(i)
                    .append(".scope_code = s.school_code AND i").append(i).append(".indicator_id = '").append(indicators.get(i).id()).append("'");
        }
        sql.append(" FROM vs_school s").append(joins).append(" WHERE s.run_id = ? AND s.registry_position >= ? AND s.registry_position < ? ")
                .append("ORDER BY s.registry_position");
        PositionPages.forEach(jdbc, "SELECT MAX(registry_position) FROM vs_school WHERE run_id = ?", runId, (from, to) ->
                jdbc.query(sql.toString(), rs -> {
                    List<BigDecimal> values = new ArrayList<>();
                    for (int i = 0; i < indicators.size(); i++) {
                        values.add(Decimals.plain(rs.getBigDecimal("indicator_" + i)));
                    }
                    action.accept(new SchoolRow(rs.getString("school_code"), rs.getString("school_name"), rs.getString("school_type"),
                            rs.getString("school_level"), rs.getString("sponsor"), rs.getString("authority"), rs.getString("file_name"),
                            rs.getString("sha256"), rs.getBoolean("carried_over"), figures(rs), values));
                }, runId, from, to));
    }

    /** Each school figure summed over the accepted schools. */
    public Map<String, BigDecimal> figureTotals(long runId) {
        String sums = SchoolFigure.ALL.stream().map(f -> "SUM(" + f.column() + ") AS " + f.column()).collect(Collectors.joining(", "));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        jdbc.query("SELECT " + sums + " FROM vs_school WHERE run_id = ?", rs -> {
            for (SchoolFigure figure : SchoolFigure.ALL) {
                totals.put(figure.column(), Objects.requireNonNullElse(rs.getBigDecimal(figure.column()), BigDecimal.ZERO));
            }
        }, runId);
        return totals;
    }

    public long schoolCount(long runId) {
        return count("SELECT COUNT(*) FROM vs_school WHERE run_id = ?", runId);
    }

    public long majorCount(long runId, boolean newOnly) {
        return count("SELECT COUNT(*) FROM vs_major WHERE run_id = ?" + (newOnly ? " AND is_new = TRUE" : ""), runId);
    }

    public long awardCount(long runId) {
        return count("SELECT COUNT(*) FROM vs_award WHERE run_id = ?", runId);
    }

    public long findingCount(long runId) {
        return count("SELECT COUNT(*) FROM vs_finding WHERE run_id = ?", runId);
    }

    public long findingCount(long runId, Severity severity) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM vs_finding WHERE run_id = ? AND severity = ?", Long.class, runId, severity.label());
        return count == null ? 0 : count;
    }

    public long fileCount(long runId) {
        return count("SELECT COUNT(*) FROM vs_source_file WHERE run_id = ?", runId);
    }

    /** The run's files by what became of them: the rows of 数据来源 counted by status. */
    public FileTally fileTally(long runId) {
        Map<ReturnStatus, Integer> counts = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM vs_source_file WHERE run_id = ? GROUP BY status",
                rs -> {
                    counts.put(ReturnStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }, runId);
        return new FileTally(counts);
    }

    public long indicatorCount(long runId) {
        return count("SELECT COUNT(*) FROM vs_indicator WHERE run_id = ?", runId);
    }

    /** Every major of the accepted schools (or only those new this year), in registry order then row order. */
    public void majors(long runId, boolean newOnly, Consumer<MajorRow> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(registry_position) FROM vs_school WHERE run_id = ?", runId, (from, to) ->
                jdbc.query("SELECT m.school_code, s.school_name, s.file_name, m.source_sheet, m.row_no, m.major_code, m.major_name, "
                                + "m.category_name, m.is_new, m.brand, m.featured, m.through_mode, m.enrolment, m.students, m.graduates, "
                                + "m.employed, m.direct, m.further FROM vs_major m JOIN vs_school s ON s.run_id = m.run_id "
                                + "AND s.school_code = m.school_code WHERE m.run_id = ? AND m.school_position >= ? AND m.school_position < ?"
                                + (newOnly ? " AND m.is_new = TRUE" : "") + " ORDER BY m.school_position, m.row_no",
                        rs -> {
                            List<BigDecimal> counts = new ArrayList<>();
                            for (int c = 13; c <= 18; c++) {
                                counts.add(rs.getBigDecimal(c));
                            }
                            action.accept(new MajorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
                                    rs.getString(12), counts));
                        }, runId, from, to));
    }

    /** Every award line of the accepted schools, in registry order then row order. */
    public void awards(long runId, Consumer<AwardRow> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(registry_position) FROM vs_school WHERE run_id = ?", runId, (from, to) ->
                jdbc.query("SELECT a.school_code, s.school_name, s.file_name, a.source_sheet, a.row_no, a.contest, a.event, a.award_level, "
                                + "a.category, a.grade, a.award_count FROM vs_award a JOIN vs_school s ON s.run_id = a.run_id "
                                + "AND s.school_code = a.school_code WHERE a.run_id = ? AND a.school_position >= ? AND a.school_position < ? "
                                + "ORDER BY a.school_position, a.row_no",
                        rs -> {
                            action.accept(new AwardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBigDecimal(11)));
                        }, runId, from, to));
    }

    /** The awards summed by 赛事 × 级别 × 参赛类别 × 奖项等级: as many rows as there are such combinations, not award lines. */
    public List<AwardSum> awardSums(long runId) {
        return jdbc.query("SELECT contest, award_level, category, grade, SUM(award_count), COUNT(DISTINCT school_code) FROM vs_award "
                        + "WHERE run_id = ? GROUP BY contest, award_level, category, grade",
                (rs, i) -> new AwardSum(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getInt(6)),
                runId);
    }

    private long count(String sql, long runId) {
        Long count = jdbc.queryForObject(sql, Long.class, runId);
        return count == null ? 0 : count;
    }

    private static FileRow fileRow(ResultSet rs, Path returnsDir) throws SQLException {
        String name = rs.getString(1);
        Timestamp received = rs.getTimestamp(4);
        SourceFile source = SourceFile.of(returnsDir.resolve(name), name, rs.getString(2), rs.getLong(3),
                received == null ? null : received.toInstant());
        return new FileRow(source, Objects.requireNonNullElse(rs.getString(5), ""), Objects.requireNonNullElse(rs.getString(6), ""),
                ReturnStatus.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(Rule.byId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Resolution.byLabel(rs.getString(7)), rs.getString(8));
    }

    /** A school's figures with the scale of their columns: amounts in 万元 keep their two decimals. */
    private static Map<String, BigDecimal> figures(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (SchoolFigure figure : SchoolFigure.ALL) {
            figures.put(figure.column(), rs.getBigDecimal(figure.column()));
        }
        return figures;
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        return Decimals.plain(rs.getBigDecimal(column));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
