package cn.vocstat.job;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a run tells the operator: printed on the console and written to the run's log file. */
final class RunConsole {

    private static final Logger LOG = LoggerFactory.getLogger("vocstat.run");

    private final PrintStream out;

    RunConsole(PrintStream out) {
        this.out = out;
    }

    void say(String line) {
        out.println(line);
        LOG.info(line);
    }

    void say(String format, Object... args) {
        say(String.format(format, args));
    }
}
