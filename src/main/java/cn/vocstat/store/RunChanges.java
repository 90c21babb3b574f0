package cn.vocstat.store;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.SchoolFigure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a run changed against the previous published run of its year, compared in the database row
 * against row: the files, each school's figures and each indicator. Neither run is held in memory;
 * schools are compared a page of codes at a time.
 */
@Repository
public class RunChanges {


    private final JdbcTemplate jdbc;

    public RunChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file the previous run received, what became of it (a {@code ReturnStatus} name) and its school's name then. */
    public record Source(String fileName, String sha256, String schoolCode, String status, String schoolName) {
    }

    /**
     * One school's figures before and after, by {@link SchoolFigure#column()}; a side is empty when
     * the school was not accepted in it. {@code fileName} and {@code cells} say where each figure was
     * read: in this run's return, else in the previous run's.
     */
    public record SchoolFigures(String code, String name, Map<String, BigDecimal> before, Map<String, BigDecimal> after, String fileName,
                                Map<String, String> cells) {
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

    /** Every school accepted in either run, by code, with its figures in each: the two runs' schools merged in code order. */
    public void schoolFigures(long currentRunId, long previousRunId, Consumer<SchoolFigures> action) {
        Schools now = new Schools(currentRunId);
        Schools before = new Schools(previousRunId);
        while (now.peek() != null || before.peek() != null) {
            int order = now.peek() == null ? 1 : before.peek() == null ? -1 : now.peek().code().compareTo(before.peek().code());
            Figures after = order <= 0 ? now.next() : null;
            Figures earlier = order >= 0 ? before.next() : null;
            Figures read = after != null ? after : earlier;
            action.accept(new SchoolFigures(read.code(), read.name(), earlier == null ? Map.of() : earlier.figures(),
                    after == null ? Map.of() : after.figures(), read.fileName(), read.cells()));
        }
    }

    private record Figures(String code, String name, Map<String, BigDecimal> figures, String fileName, Map<String, String> cells) {
    }

    /** One run's schools in code order, read a page at a time from where the last page ended. */
    private final class Schools {
        private final long runId;
        private final Deque<Figures> page = new ArrayDeque<>();
        private String last = "";
        private boolean exhausted;

        Schools(long runId) {
            this.runId = runId;
        }

        Figures peek() {
            if (page.isEmpty() && !exhausted) {
                jdbc.query("SELECT * FROM vs_school WHERE run_id = ? AND school_code > ? ORDER BY school_code LIMIT " + PositionPages.SIZE, rs -> {
                    page.add(new Figures(rs.getString("school_code"), rs.getString("school_name"), figures(rs), rs.getString("file_name"),
                            cells(rs.getString("figure_cells"))));
                }, runId, last);
                exhausted = page.size() < PositionPages.SIZE;
                if (!page.isEmpty()) {
                    last = page.peekLast().code();
                }
            }
            return page.peek();
        }

        Figures next() {
            peek();
            return page.poll();
        }
    }

    /** Every indicator of this run, city first then school by school, with the previous run's value of it. */
    public void indicators(long currentRunId, long previousRunId, Consumer<IndicatorPair> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(scope_position) FROM vs_indicator WHERE run_id = ?", currentRunId, (from, to) ->
                jdbc.query("SELECT c.indicator_id, c.scope_code, c.scope_name, c.indicator_value, c.display_value, p.scope_name, "
                                + "p.indicator_value, p.display_value, p.indicator_id FROM vs_indicator c LEFT JOIN vs_indicator p "
                                + "ON p.run_id = ? AND p.indicator_id = c.indicator_id AND p.scope_code = c.scope_code "
                                + "WHERE c.run_id = ? AND c.scope_position >= ? AND c.scope_position < ? ORDER BY c.scope_position, c.indicator_order",
                        rs -> {
                            Indicator indicator = Indicator.byId(rs.getString(1));
                            Before before = rs.getString(9) == null ? null
                                    : new Before(indicator, rs.getString(2), rs.getString(6), Decimals.plain(rs.getBigDecimal(7)), rs.getString(8));
                            action.accept(new IndicatorPair(indicator, rs.getString(2), rs.getString(3), Decimals.plain(rs.getBigDecimal(4)),
                                    rs.getString(5), before));
                        }, previousRunId, currentRunId, from, to));
    }

    /** The indicators the previous run had and this one has not, in the previous run's order. */
    public void droppedIndicators(long currentRunId, long previousRunId, Consumer<Before> action) {
        PositionPages.forEach(jdbc, "SELECT MAX(scope_position) FROM vs_indicator WHERE run_id = ?", previousRunId, (from, to) ->
                jdbc.query("SELECT p.indicator_id, p.scope_code, p.scope_name, p.indicator_value, p.display_value FROM vs_indicator p "
                                + "WHERE p.run_id = ? AND p.scope_position >= ? AND p.scope_position < ? AND NOT EXISTS (SELECT 1 FROM vs_indicator c "
                                + "WHERE c.run_id = ? AND c.indicator_id = p.indicator_id AND c.scope_code = p.scope_code) "
                                + "ORDER BY p.scope_position, p.indicator_order",
                        rs -> {
                            action.accept(new Before(Indicator.byId(rs.getString(1)), rs.getString(2), rs.getString(3),
                                    Decimals.plain(rs.getBigDecimal(4)), rs.getString(5)));
                        }, previousRunId, from, to, currentRunId));
    }

    /** column=location pairs as stored; a run from before locations were stored has none. */
    private static Map<String, String> cells(String stored) {
        Map<String, String> cells = new HashMap<>();
        if (stored != null) {
            for (String pair : stored.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cells.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return cells;
    }

    private static Map<String, BigDecimal> figures(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (SchoolFigure figure : SchoolFigure.ALL) {
            figures.put(figure.column(), Decimals.plain(rs.getBigDecimal(figure.column())));
        }
        return figures;
    }

}
