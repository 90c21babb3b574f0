package cn.vocstat.job;

import cn.vocstat.export.PublishedSet;
import cn.vocstat.rules.ShownText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run tells the operator: printed on the console and written to the run's log file. A
 * failure is one Chinese line on the console and the log's path; its stack trace goes to the log.
 * Each line stays one line: a line break or another control character in a file name is shown by
 * its name ({@link ShownText}), so a school's file name can neither split a line nor forge one.
 */
final class RunConsole {

    private static final Logger LOG = LoggerFactory.getLogger("vocstat.run");
    /** Kept files named one per line; more are counted. */
    private static final int KEPT_SHOWN = 10;

    private final PrintStream out;
    private final Path logFile;
    private final boolean verbose;

    RunConsole(PrintStream out, Path logFile, boolean verbose) {
        this.out = out;
        this.logFile = logFile;
        this.verbose = verbose;
    }

    void say(String line) {
        String shown = ShownText.of(line);
        out.println(shown);
        LOG.info(shown);
    }

    void say(String format, Object... args) {
        say(String.format(format, args));
    }

    /** A figure for whoever measures the run (rows per second, heap): on the console with --verbose, always in the log. */
    void detail(String format, Object... args) {
        String line = String.format(format, args);
        if (verbose) {
            say(line);
        } else {
            LOG.info(ShownText.of(line));
        }
    }

    /** The operator's line on the console and the measurer's in the log; with --verbose, the measurer's on the console too. */
    void sayOrLog(String operators, String measurers) {
        if (verbose) {
            say(measurers);
        } else {
            say(operators);
            LOG.info(ShownText.of(measurers));
        }
    }

    /** One line for the operator, the exception for the log, and where the log is. */
    void failed(String line, Throwable cause) {
        String shown = ShownText.of(line);
        out.println(shown);
        LOG.error(shown, cause);
        pointToLog();
    }

    /** Files a person changed or put among the published outputs, moved aside rather than replaced: where they are now. */
    void sayKept(PublishedSet.Outcome outcome) {
        List<PublishedSet.Kept> kept = outcome.kept();
        if (kept.isEmpty()) {
            return;
        }
        say("已发布的输出中有 %d 个文件被人改动过或不是汇总写的，没有覆盖，已另存：", kept.size());
        kept.stream().limit(KEPT_SHOWN).forEach(file -> say("  %s → %s", file.path(), file.keptAt()));
        if (kept.size() > KEPT_SHOWN) {
            say("  ……另有 %d 个，逐个列在日志中", kept.size() - KEPT_SHOWN);
            kept.stream().skip(KEPT_SHOWN).forEach(file -> LOG.info(ShownText.of("  " + file.path() + " → " + file.keptAt())));
        }
    }

    void pointToLog() {
        if (logFile != null) {
            say("详细信息见日志 " + logFile);
        }
    }
}
