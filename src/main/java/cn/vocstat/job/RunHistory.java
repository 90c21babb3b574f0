package cn.vocstat.job;

import cn.vocstat.rules.ShownText;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.StoredRun;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code vocstat status}: the last runs as an operator reads them at 8 am. It reads Spring Batch's
 * tables and the runs' own with plain SQL, so that {@code status} needs no application context
 * (answering in a second, not the tens of seconds a context takes to start under load).
 */
@Component
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");
    private static final int[] WIDTHS = {6, 6, 16, 16, 12, 16, 6, 11, 8};
    private static final String HEADER = columns("运行", "年度", "开始", "结束", "状态", "输入指纹", "文件", "采用/退回", "覆盖", "输出");
    /** What the counts count, in the words of the run's summary line and of 说明. */
    private static final String LEGEND = "文件：报表目录中的文件数；采用/退回：其中采用、退回的份数；覆盖：有数据的学校/应报的学校（有数据含沿用上次采用的版本）";
    /** Each execution of the job, newest first, with the parameters status shows. */
    private static final String EXECUTIONS = "SELECT i.JOB_INSTANCE_ID, e.JOB_EXECUTION_ID, e.START_TIME, e.END_TIME, e.STATUS, e.EXIT_CODE, "
            + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'year'), "
            + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'fingerprint'), "
            + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'output') "
            + "FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID "
            + "WHERE i.JOB_NAME = ? ORDER BY i.JOB_INSTANCE_ID DESC, e.JOB_EXECUTION_ID DESC";

    /** One execution as status lists it. */
    private record Execution(long runId, LocalDateTime start, LocalDateTime end, BatchStatus status, String exitCode, Long year,
                             String fingerprint, String output) {
    }

    private final JdbcTemplate jdbc;
    private final ConsolidationStore store;

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.store = new ConsolidationStore(jdbc);
    }

    /** What status says of an output folder that has no database yet. */
    public static void none(PrintStream out) {
        out.println(HEADER);
        out.println("（还没有运行记录）");
    }

    /** Prints the latest executions, newest first, of all years or of one: all read before a line is printed. */
    public void print(Optional<Integer> year, int count, PrintStream out) {
        List<Execution> shown = jdbc.query(EXECUTIONS, (rs, row) -> new Execution(rs.getLong(1), local(rs.getTimestamp(3)), local(rs.getTimestamp(4)),
                        BatchStatus.valueOf(rs.getString(5)), Objects.requireNonNullElse(rs.getString(6), ""), year(rs.getString(7)),
                        Objects.requireNonNullElse(rs.getString(8), ""), Objects.requireNonNullElse(rs.getString(9), "")),
                ConsolidationJobFactory.JOB_NAME).stream()
                .filter(e -> e.year() != null && (year.isEmpty() || year.get().longValue() == e.year())).limit(count).toList();
        List<String> lines = shown.stream().map(this::line).toList();
        out.println(HEADER);
        lines.forEach(out::println);
        out.println(shown.isEmpty() ? "（还没有运行记录）" : LEGEND);
    }

    private String line(Execution execution) {
        Optional<StoredRun> run = store.run(execution.runId());
        String fingerprint = execution.fingerprint();
        Path workbook = new RunRequest(execution.year().intValue(), Path.of("."), Path.of(execution.output())).published().workbook();
        return columns("#" + execution.runId(), String.valueOf(execution.year()), time(execution.start()), time(execution.end()),
                held(execution) ? "暂不发布" : label(execution.status()), fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint,
                run.map(r -> String.valueOf(r.received())).orElse("-"), run.map(r -> r.accepted() + "/" + r.rejected()).orElse("-"),
                run.map(r -> (r.expected() - r.missing()) + "/" + r.expected()).orElse("-"),
                Files.exists(workbook) ? ShownText.of(workbook.toString()) : "（无输出）");
    }

    private static Long year(String text) {
        return text == null || !text.matches("\\d{4}") ? null : Long.valueOf(text);
    }

    private static LocalDateTime local(java.sql.Timestamp time) {
        return time == null ? null : time.toLocalDateTime();
    }

    /** A run the publish gate held: done, its outputs waiting for --accept-drop. */
    private static boolean held(Execution execution) {
        return execution.status() == BatchStatus.FAILED && PublishHeldException.EXIT_CODE.equals(execution.exitCode());
    }

    /** A run's state as the operator reads it. */
    static String label(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "完成";
            case STARTING, STARTED -> "运行中";
            case STOPPING, STOPPED -> "已停止";
            case FAILED -> "失败";
            case ABANDONED -> "已放弃";
            case UNKNOWN -> "状态未知";
        };
    }

    /** Pads each cell to its column's width on screen, where a Chinese character takes two columns. */
    private static String columns(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < WIDTHS.length) {
                int width = cells[i].codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
                line.append(" ".repeat(Math.max(1, WIDTHS[i] - width)));
            }
        }
        return line.toString();
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : time.format(TIME);
    }
}
