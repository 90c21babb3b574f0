package cn.vocstat.cli;

import cn.vocstat.VocstatApplication;
import cn.vocstat.export.RunReport;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.LatestRun;
import cn.vocstat.report.ReportFigures;
import cn.vocstat.rules.ShownText;
import cn.vocstat.verify.DraftText;
import cn.vocstat.verify.Synonyms;
import cn.vocstat.verify.Verdict;
import cn.vocstat.verify.Verification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verify}: every number of a draft report checked against the year's latest run. */
@Command(name = "verify", description = "核对报告草稿（.docx 或 .txt）中的数字、单位、增减方向、表格行数和学校名称，对照年度最近一次完成的运行",
        footer = {"结果写到 <输出目录>/<年度>/核对/<文件名（含扩展名）>_核对结果.xlsx 和 .csv；退出码 0 没有不一致，1 有不一致，64 文件不是可以核对的草稿（一行说明原因）。",
            "例如：jobs/vocstat verify --year 2025 --report output/2025/质量年报数据章节-2025.docx"})
final class VerifyCommand extends Subcommand {

    /** Contradictions listed on the console; the 核对结果 has them all. */
    private static final int CONTRADICTIONS_SHOWN = 100;

    VerifyCommand() {
        super("核对报告");
    }

    @Option(names = "--report", required = true, paramLabel = "<FILE>", description = "报告草稿：Word 文档（.docx）或 UTF-8 文本（.txt）")
    private Path report;

    @Mixin
    private YearOptions options;

    @Override
    public Integer call() throws IOException {
        PrintStream out = console();
        Optional<CommandLog> log = startLog();
        DraftText draft;
        try {
            draft = DraftText.read(report);
        } catch (DraftText.UnreadableDraftException e) {
            log.ifPresent(started -> {
                LoggerFactory.getLogger(VerifyCommand.class).info("{}", e.getMessage(), e);
                started.close();
            });
            out.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        List<String> spring = options.springArguments(springArguments());
        int year = options.year;
        try (ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(spring.toArray(String[]::new))) {
            Optional<RunReport> run = LatestRun.of(context, year, options.input);
            if (run.isEmpty()) {
                out.println("没有 " + year + " 年度已完成的运行可供核对：请先运行 run --year " + year);
                return ExitCodes.FAILED;
            }
            Verification.Result result = Verification.run(draft, ReportFigures.of(run.get(), LatestRun.of(context, year - 1, options.input)),
                    Synonyms.load(options.input),
                    options.yearOutput());
            long contradicted = result.count(Verdict.Conclusion.CONTRADICTED);
            out.printf("核对 %s（对照 %d 年度运行 #%d）：%d 处，不一致 %d，提示 %d，无法核对 %d，一致 %d%n", ShownText.of(report.getFileName().toString()),
                    year, run.get().runId(), result.verdicts().size(), contradicted, result.count(Verdict.Conclusion.NOTED),
                    result.count(Verdict.Conclusion.UNCHECKABLE), result.count(Verdict.Conclusion.CONSISTENT));
            result.verdicts().stream().filter(v -> v.conclusion() == Verdict.Conclusion.CONTRADICTED).limit(CONTRADICTIONS_SHOWN)
                    .forEach(v -> out.println("  不一致 [" + v.location() + "] " + ShownText.of(v.written()) + (v.targetName().isEmpty() ? "" : "（" + v.targetName() + "）")
                            + "：" + v.explanation()));
            if (contradicted > CONTRADICTIONS_SHOWN) {
                out.println("  ……另有 " + (contradicted - CONTRADICTIONS_SHOWN) + " 处不一致，见核对结果");
            }
            out.println("核对结果：" + ShownText.of(result.workbook().toString()) + "，" + ShownText.of(result.csv().toString()));
            return contradicted == 0 ? 0 : 1;
        }
    }

    /**
     * POI may log while it reads the draft, before Spring sets logging up: to a log file, not the
     * console. Where the output folder cannot hold one, nothing is logged; the command goes on and
     * fails where it writes. The log is ended here when the draft is refused, else by Spring's
     * application context, which takes logging over and ends it when it closes.
     */
    private Optional<CommandLog> startLog() {
        try {
            Files.createDirectories(logFolder());
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(CommandLog.start(CommandLog.file(logFolder(), "verify")));
    }

    @Override
    Path logFolder() {
        return options.output.resolve("logs");
    }
}
