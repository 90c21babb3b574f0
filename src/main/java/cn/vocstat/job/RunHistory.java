package cn.vocstat.job;

import cn.vocstat.rules.ShownText;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.StoredRun;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** {@code vocstat status}: the last runs as an operator reads them at 8 am. */
@Component
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");
    private static final int[] WIDTHS = {6, 6, 16, 16, 12, 16, 6, 11, 8};
    private static final String HEADER = columns("运行", "年度", "开始", "结束", "状态", "输入指纹", "文件", "采用/退回", "覆盖", "输出");
    /** What the counts count, in the words of the run's summary line and of 说明. */
    private static final String LEGEND = "文件：报表目录中的文件数；采用/退回：其中采用、退回的份数；覆盖：有数据的学校/应报的学校（有数据含沿用上次采用的版本）";

    private final JobRepository repository;
    private final ConsolidationStore store;

    RunHistory(JobRepository repository, ConsolidationStore store) {
        this.repository = repository;
        this.store = store;
    }

    /** Prints the latest executions, newest first, of all years or of one. */
    public void print(Optional<Integer> year, int count, PrintStream out) {
        out.println(HEADER);
        int shown = 0;
        for (JobInstance instance : repository.getJobInstances(ConsolidationJobFactory.JOB_NAME, 0, Integer.MAX_VALUE)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                Long runYear = execution.getJobParameters().getLong("year");
                if (shown >= count || runYear == null || year.isPresent() && year.get().longValue() != runYear) {
                    continue;
                }
                out.println(line(instance, execution, runYear.intValue()));
                shown++;
            }
        }
        if (shown == 0) {
            out.println("（还没有运行记录）");
        } else {
            out.println(LEGEND);
        }
    }

    private String line(JobInstance instance, JobExecution execution, int year) {
        Optional<StoredRun> run = store.run(instance.getInstanceId());
        String fingerprint = execution.getJobParameters().getString("fingerprint", "");
        String output = execution.getJobParameters().getString("output", "");
        Path workbook = new RunRequest(year, Path.of("."), Path.of(output)).published().workbook();
        return columns("#" + instance.getInstanceId(), String.valueOf(year), time(execution.getStartTime()), time(execution.getEndTime()),
                held(execution) ? "暂不发布" : label(execution.getStatus()), fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint,
                run.map(r -> String.valueOf(r.received())).orElse("-"), run.map(r -> r.accepted() + "/" + r.rejected()).orElse("-"),
                run.map(r -> (r.expected() - r.missing()) + "/" + r.expected()).orElse("-"),
                Files.exists(workbook) ? ShownText.of(workbook.toString()) : "（无输出）");
    }

    /** A run the publish gate held: done, its outputs waiting for --accept-drop. */
    private static boolean held(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED && PublishHeldException.EXIT_CODE.equals(execution.getExitStatus().getExitCode());
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
