package cn.vocstat.cli;

import cn.vocstat.VocstatApplication;
import cn.vocstat.export.PublishedSet;
import cn.vocstat.export.RunReport;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.LatestRun;
import cn.vocstat.job.Redraft;
import cn.vocstat.job.RunLock;
import cn.vocstat.job.RunRequest;
import cn.vocstat.report.SentenceCatalogue;
import cn.vocstat.rules.ShownText;
import cn.vocstat.store.ConsolidationStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code report}: the drafted data sections of the year's latest run, again (after the wording was
 * changed, say), as that run's own output: a later unchanged run keeps it. It holds the year's run
 * lock, so that it never writes into a set a run is publishing over.
 */
@Command(name = "report", description = "由年度最近一次完成的运行起草质量年报的数据章节（质量年报数据章节-<年度>.docx）；每次 run 也会写出",
        footer = "语句模板在 <输入目录>/reference/报告语句.csv（没有时用内置的），改写后用本命令重新起草；"
                + "改动过的数据章节不会被覆盖，会先另存为“质量年报数据章节-<年度>（已编辑 <时间>）.docx”。")
final class ReportCommand extends Subcommand {

    ReportCommand() {
        super("起草数据章节");
    }

    @Mixin
    private YearOptions options;

    @Override
    public Integer call() throws IOException {
        PrintStream out = console();
        RunRequest request = new RunRequest(options.year, options.input, options.output);
        Optional<RunLock> lock = RunLock.tryAcquire(request);
        if (lock.isEmpty()) {
            out.println("另一次 " + request.year() + " 年度汇总正在运行（" + RunLock.file(request) + "）：等它结束后再起草。");
            return ExitCodes.ALREADY_RUNNING;
        }
        List<String> spring = options.springArguments(springArguments());
        try (RunLock held = lock.get();
             ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(spring.toArray(String[]::new))) {
            Optional<RunReport> run = LatestRun.of(context, request.year(), options.input);
            if (run.isEmpty()) {
                out.println("没有 " + request.year() + " 年度已完成的运行：请先运行 run --year " + request.year());
                return ExitCodes.FAILED;
            }
            Redraft.Result drafted;
            try {
                drafted = Redraft.write(context.getBean(ConsolidationStore.class), request, run.get(), SentenceCatalogue.load(options.input));
            } catch (Redraft.NotShownHereException e) {
                out.println(e.getMessage());
                return ExitCodes.FAILED;
            }
            for (PublishedSet.Kept kept : drafted.outcome().kept()) {
                out.println(ShownText.of("改动过的 " + kept.path() + " 没有覆盖，已另存为 " + kept.keptAt()));
            }
            out.println("已起草数据章节（运行 #" + run.get().runId() + "）：" + drafted.draft());
            return 0;
        }
    }

    @Override
    Path logFolder() {
        return options.output.resolve("logs");
    }
}
