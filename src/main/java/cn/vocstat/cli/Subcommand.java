package cn.vocstat.cli;

import cn.vocstat.job.Failures;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every command shares: its own {@code --help}, the console, the options passed on to Spring,
 * and the one line a failure prints, with the log that keeps the stack trace.
 */
@Command(synopsisHeading = "用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n", footerHeading = "%n", usageHelpWidth = 110, sortOptions = false)
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    private VocstatCommand vocstat;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本命令的说明")
    private boolean help;

    PrintStream console() {
        return vocstat.console();
    }

    /** The --spring.*, --logging.* and --vocstat.* options of the command line, a copy to add to. */
    List<String> springArguments() {
        return vocstat.springArguments();
    }

    static final String LOG_FILE_PROPERTY = "logging.file.name";

    /** What the command does, for its failure line: "生成示例报表" gives "生成示例报表失败：…". */
    private final String doing;

    Subcommand(String doing) {
        this.doing = doing;
    }

    /**
     * The log file of a command that keeps one: the one given with {@code --logging.file.name=}, else a
     * new one named for the command and the time in {@code folder}.
     */
    Path logFile(Path folder, String command) {
        String option = "--" + LOG_FILE_PROPERTY + "=";
        return springArguments().stream().filter(a -> a.startsWith(option)).reduce((first, last) -> last)
                .map(a -> Path.of(a.substring(option.length()))).orElseGet(() -> CommandLog.file(folder, command));
    }

    /** The folder for the log of a failure this command did not handle itself. */
    Path logFolder() {
        return Path.of("output", "logs");
    }

    /** One Chinese line: what failed, why, and the log with the stack trace. */
    final String failureLine(Exception failure) {
        String line = doing + "失败：" + Failures.describe(failure);
        try {
            Path log = CommandLog.file(logFolder(), name());
            Files.createDirectories(log.getParent());
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
                failure.printStackTrace(writer);
            }
            return line + "；详细信息见日志 " + log;
        } catch (IOException | RuntimeException e) {
            return line;
        }
    }

    private String name() {
        return getClass().getAnnotation(Command.class).name();
    }
}
