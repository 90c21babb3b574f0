package cn.vocstat.store;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.SchoolFigure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a run changed against the previous published run of its year, compared in the database row
 * against row: the files, each school's figures and each indicator. Neither run is held in memory;
 * schools are compared a page of codes at a time.
 */
@Repository
public class RunChanges {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    public RunChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file the previous run received, what became of it (a {@code ReturnStatus} name) and its school's name then. */
    public record Source(String fileName, String sha256, String schoolCode, String status, String schoolName) {
    }

    /** One school's figures before and after, by {@link SchoolFigure#column()}; a side is empty when the school was not accepted in it. */
    public record SchoolFigures(String code, String name, Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
    }

    /** An indicator of this run with its value in the previous run; {@code before} is null when the previous run had none. */
    public record IndicatorPair(Indicator indicator, String scopeCode, String scopeName, BigDecimal after, String afterDisplay,
                                Before before) {
    }

    /** An indicator value of the previous run. */
    public record Before(Indicator indicator, String scopeCode, String scopeName, BigDecimal value, String display) {
    }

    /** The latest published run of the year other than this one: what the change report compares with. */
    public Optional<Long> previousRun(int year, long currentRunId) {
        return jdbc.query("SELECT run_id FROM vs_run WHERE report_year = ? AND run_id <> ? AND published_at IS NOT NULL "
                + "ORDER BY published_at DESC, run_id DESC", (rs, i) -> rs.getLong(1), year, currentRunId).stream().findFirst();
    }

    /** The files of a run; one run holds as many as were received (a few bytes each). */
    public List<Source> sources(long runId) {
        return jdbc.query("SELECT f.file_name, f.sha256, f.school_code, f.status, s.school_name FROM vs_source_file f LEFT JOIN vs_school s "
                        + "ON s.run_id = f.run_id AND s.school_code = f.school_code WHERE f.run_id = ? ORDER BY f.file_position",
                (rs, i) -> new Source(rs.getString(1), rs.getString(2), Objects.requireNonNullElse(rs.getString(3), ""), rs.getString(4),
                        Objects.requireNonNullElse(rs.getString(5), "")), runId);
    }

    /** Every school accepted in either run, by code, with its figures in each. */
    public void schoolFigures(long currentRunId, long previousRunId, Consumer<SchoolFigures> action) {
        String columns = SchoolFigure.ALL.stream().map(f -> "s." + f.column()).collect(Collectors.joining(", "));
        String sql = "SELECT s.school_code, s.run_id, s.school_name, " + columns + " FROM vs_school s JOIN (SELECT school_code FROM vs_school "
                + "WHERE run_id IN (?, ?) AND school_code > ? GROUP BY school_code ORDER BY school_code LIMIT " + PAGE + ") k "
                + "ON k.school_code = s.school_code WHERE s.run_id IN (?, ?) ORDER BY s.school_code, s.run_id";
        String last = "";
        while (true) {
            Map<String, SchoolFigures> page = new LinkedHashMap<>();
            jdbc.query(sql, rs -> {
                String code = rs.getString(1);
                boolean current = rs.getLong(2) == currentRunId;
                SchoolFigures found = page.getOrDefault(code, new SchoolFigures(code, "", Map.of(), Map.of()));
                String name = current || found.name().isEmpty() ? rs.getString(3) : found.name();
                page.put(code, current ? new SchoolFigures(code, name, found.before(), figures(rs))
                        : new SchoolFigures(code, name, figures(rs), found.after()));
            }, currentRunId, previousRunId, last, currentRunId, previousRunId);
            if (page.isEmpty()) {
                return;
            }
            page.values().forEach(action);
            for (String code : page.keySet()) {
                last = code;
            }
        }
    }

    /** Every indicator of this run, city first then school by school, with the previous run's value of it. */
    public void indicators(long currentRunId, long previousRunId, Consumer<IndicatorPair> action) {
        pages("SELECT MAX(scope_position) FROM vs_indicator WHERE run_id = ?", currentRunId, (from, to) ->
                jdbc.query("SELECT c.indicator_id, c.scope_code, c.scope_name, c.indicator_value, c.display_value, p.scope_name, "
                                + "p.indicator_value, p.display_value, p.indicator_id FROM vs_indicator c LEFT JOIN vs_indicator p "
                                + "ON p.run_id = ? AND p.indicator_id = c.indicator_id AND p.scope_code = c.scope_code "
                                + "WHERE c.run_id = ? AND c.scope_position >= ? AND c.scope_position < ? ORDER BY c.scope_position, c.indicator_order",
                        rs -> {
                            Indicator indicator = Indicator.byId(rs.getString(1));
                            Before before = rs.getString(9) == null ? null
                                    : new Before(indicator, rs.getString(2), rs.getString(6), plain(rs.getBigDecimal(7)), rs.getString(8));
                            action.accept(new IndicatorPair(indicator, rs.getString(2), rs.getString(3), plain(rs.getBigDecimal(4)),
                                    rs.getString(5), before));
                        }, previousRunId, currentRunId, from, to));
    }

    /** The indicators the previous run had and this one has not, in the previous run's order. */
    public void droppedIndicators(long currentRunId, long previousRunId, Consumer<Before> action) {
        pages("SELECT MAX(scope_position) FROM vs_indicator WHERE run_id = ?", previousRunId, (from, to) ->
                jdbc.query("SELECT p.indicator_id, p.scope_code, p.scope_name, p.indicator_value, p.display_value FROM vs_indicator p "
                                + "WHERE p.run_id = ? AND p.scope_position >= ? AND p.scope_position < ? AND NOT EXISTS (SELECT 1 FROM vs_indicator c "
                                + "WHERE c.run_id = ? AND c.indicator_id = p.indicator_id AND c.scope_code = p.scope_code) "
                                + "ORDER BY p.scope_position, p.indicator_order",
                        rs -> {
                            action.accept(new Before(Indicator.byId(rs.getString(1)), rs.getString(2), rs.getString(3),
                                    plain(rs.getBigDecimal(4)), rs.getString(5)));
                        }, previousRunId, from, to, currentRunId));
    }

    private interface Page {
        void read(long from, long to);
    }

    private void pages(String maxPosition, long runId, Page page) {
        Long max = jdbc.queryForObject(maxPosition, Long.class, runId);
        for (long from = 0; max != null && from <= max; from += PAGE) {
            page.read(from, from + PAGE);
        }
    }

    private static Map<String, BigDecimal> figures(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (SchoolFigure figure : SchoolFigure.ALL) {
            figures.put(figure.column(), plain(rs.getBigDecimal(figure.column())));
        }
        return figures;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Decimals.plain(value);
    }
}
