package cn.vocstat.cli;

import cn.vocstat.ingest.FileKind;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.Failures;
import cn.vocstat.job.SingleReturnCheck;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.rules.ShownText;
import cn.vocstat.rules.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: one return on its own, as the school officer or the operator tries it before the night. */
@Command(name = "check", description = "检查一份报表并生成审核反馈（不写数据库）",
        footer = "例如：jobs/vocstat check input/examples/有错误的报表示例.xlsx --year 2025")
final class CheckCommand extends Subcommand {

    CheckCommand() {
        super("检查");
    }

    @Parameters(index = "0", paramLabel = "<FILE>", description = "要检查的报表（.xlsx 或 .xls）")
    private Path file;

    @Option(names = "--year", required = true, paramLabel = "<YYYY>", converter = YearConverter.class, description = "报表的年度，例如 2025")
    private int year;

    @Option(names = "--input", paramLabel = "<DIR>", defaultValue = "input", description = "参考数据所在的输入目录，默认 ${DEFAULT-VALUE}")
    private Path input;

    @Option(names = "--output", paramLabel = "<DIR>", defaultValue = "output/检查", description = "审核反馈和日志的目录，默认 ${DEFAULT-VALUE}")
    private Path output;

    @Override
    public Integer call() throws IOException {
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.REGULAR) {
            console().println(notAFile(kind) + ShownText.of(file.toAbsolutePath().toString()));
            return ExitCodes.USAGE;
        }
        Path log = logFile(logFolder(), "check");
        CommandLog logging;
        try {
            logging = CommandLog.start(log);
        } catch (RuntimeException e) {
            console().println("无法写入日志文件 " + ShownText.of(log.toString()) + "：" + Failures.describe(e) + "；未检查");
            return ExitCodes.FAILED;
        }
        try (logging) {
            Map<String, String> properties = new HashMap<>();
            springArguments().stream().filter(a -> a.contains("="))
                    .forEach(a -> properties.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
            return SingleReturnCheck.run(file, year, input, output, Thresholds.from(properties::get), console());
        } catch (ReferenceLoader.MissingReferenceException e) {
            console().println(e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CheckCommand.class).error("检查失败", e);
            console().println("检查失败：" + Failures.describe(e) + "；详细信息见日志 " + ShownText.of(log.toString()));
            return ExitCodes.FAILED;
        }
    }

    /** Why the path given is no file to check, in the words of one line that ends with the path. */
    private String notAFile(FileKind kind) {
        return switch (kind) {
            case MISSING -> "找不到文件：";
            case DIRECTORY -> "这是一个目录，不是报表文件：";
            case DANGLING_LINK -> "这是指向不存在的文件的链接，找不到文件：";
            default -> "这是" + kind.label() + linkedTo() + "，不是普通文件，无法作为报表检查：";
        };
    }

    /** Where a link given as the file leads, so that the operator sees which special file it was. */
    private String linkedTo() {
        try {
            return Files.isSymbolicLink(file) ? "（经链接指向 " + ShownText.of(file.toRealPath().toString()) + "）" : "";
        } catch (IOException e) {
            return "（经链接）";
        }
    }

    @Override
    Path logFolder() {
        return output.resolve("logs");
    }
}
