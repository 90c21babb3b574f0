package cn.vocstat.cli;

import cn.vocstat.VocstatApplication;
import cn.vocstat.export.OutputLayout;
import cn.vocstat.export.RunReport;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.LatestRun;
import cn.vocstat.report.ReportDraft;
import cn.vocstat.report.SentenceCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report}: the drafted data sections of the year's latest run, again (after the wording was changed, say). */
@Command(name = "report", description = "由年度最近一次完成的运行起草质量年报的数据章节（质量年报数据章节-<年度>.docx）；每次 run 也会写出",
        footer = "语句模板在 <输入目录>/reference/报告语句.csv（没有时用内置的），改写后用本命令重新起草。")
final class ReportCommand extends Subcommand {

    ReportCommand() {
        super("起草数据章节");
    }

    @Mixin
    private YearOptions options;

    @Override
    public Integer call() throws IOException {
        List<String> spring = options.springArguments(springArguments());
        int year = options.year;
        try (ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(spring.toArray(String[]::new))) {
            Optional<RunReport> run = LatestRun.of(context, year, options.input);
            if (run.isEmpty()) {
                console().println("没有 " + year + " 年度已完成的运行：请先运行 run --year " + year);
                return ExitCodes.FAILED;
            }
            Path file = ReportDraft.write(new OutputLayout(options.yearOutput(), year), run.get(), SentenceCatalogue.load(options.input));
            console().println("已起草数据章节（运行 #" + run.get().runId() + "）：" + file);
            return 0;
        }
    }

    @Override
    Path logFolder() {
        return options.output.resolve("logs");
    }
}
