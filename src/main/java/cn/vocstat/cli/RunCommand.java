package cn.vocstat.cli;

import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ConsolidationLauncher;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.Failures;
import cn.vocstat.job.RunLock;
import cn.vocstat.job.RunOutcome;
import cn.vocstat.job.RunRequest;
import cn.vocstat.rules.ShownText;
import cn.vocstat.store.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the nightly job. */
@Command(name = "run", description = "汇总一个年度的学校报表：审核、核对、计算指标，输出汇总表、CSV、数据库表和给学校的审核反馈",
        footer = "例如：jobs/vocstat run --year 2025   （日志在 <输出目录>/<年度>/logs/，保留最近 " + RunCommand.KEPT_LOGS + " 个）")
final class RunCommand extends Subcommand {

    RunCommand() {
        super("汇总");
    }

    static final int KEPT_LOGS = 60;
    /** Known before the application has started, so that a failure to start can name the database. */
    private static final String DATABASE_URL = "spring.datasource.url";

    @Mixin
    private YearOptions options;

    @Option(names = "--accept-drop", description = "发布一次被暂停发布的运行：采用的报表或应报学校比上次发布大幅减少、报表全部退回或全市指标变为不可计算时，"
            + "确认属实后加此选项重新运行（不重新计算）")
    private boolean acceptDrop;

    @Option(names = "--verbose", description = "在控制台也显示性能数字（写入行数/秒、各步骤用时、堆内存）；日志中总有")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = console();
        RunRequest request = new RunRequest(options.year, options.input, options.output, acceptDrop, verbose);
        List<String> spring = options.springArguments(springArguments());
        Path logs = request.yearOutputDir().resolve("logs");
        pruneLogs(logs);
        Path log = logFile(logs, null);
        spring.removeIf(a -> a.startsWith("--" + LOG_FILE_PROPERTY + "="));
        spring.add("--" + LOG_FILE_PROPERTY + "=" + log);
        if (verbose) {
            spring.add("--vocstat.verbose=true");
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(request);
        } catch (IOException e) {
            out.println("无法创建运行锁 " + RunLock.file(request) + "：" + Failures.describe(e));
            return ExitCodes.FAILED;
        }
        if (lock.isEmpty()) {
            out.println("另一次 " + request.year() + " 年度汇总正在运行（" + RunLock.file(request) + "），本次未执行。");
            return ExitCodes.ALREADY_RUNNING;
        }
        SpringApplication application = new SpringApplication(VocstatApplication.class);
        AtomicReference<String> database = new AtomicReference<>();
        application.addListeners((ApplicationEvent event) -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                database.set(prepared.getEnvironment().getProperty(DATABASE_URL));
            }
        });
        try (RunLock held = lock.get(); ConfigurableApplicationContext context = application.run(spring.toArray(String[]::new))) {
            RunOutcome outcome = context.getBean(ConsolidationLauncher.class).run(request, out, log);
            return outcome.exitCode();
        } catch (IOException | RuntimeException e) {
            if (causedBy(e, EmbeddedDatabase.InUseException.class)) {
                out.println("内嵌数据库正被另一个进程使用（另一次汇总正在运行），本次未执行。");
                return ExitCodes.ALREADY_RUNNING;
            }
            LoggerFactory.getLogger(RunCommand.class).error("启动失败", e);
            out.println("启动失败：" + Failures.describe(e, database.get()) + "；详细信息见日志 " + ShownText.of(log.toString()));
            return ExitCodes.FAILED;
        }
    }

    @Override
    Path logFolder() {
        return options.yearOutput().resolve("logs");
    }

    /** Keeps the newest run logs of a year; a run a night would otherwise fill the folder. */
    private static void pruneLogs(Path logs) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> old = files.filter(f -> f.getFileName().toString().matches("vocstat-\\d{8}-\\d{6}\\.log(\\..*)?"))
                    .sorted(Comparator.reverseOrder()).skip(KEPT_LOGS).toList();
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // an old log that cannot be removed does not stop the run
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
