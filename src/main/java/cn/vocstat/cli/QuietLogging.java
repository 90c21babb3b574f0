package cn.vocstat.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.BasicStatusManager;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.status.OnPrintStreamStatusListenerBase;
import ch.qos.logback.core.status.StatusListener;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps the logging framework off the console, which shows what a command says and nothing else;
 * the log file keeps the rest. Logback reports its own troubles (a log file it cannot write, on a
 * full disk say: a status line and a stack trace for every write that failed) through listeners
 * that print on the console, and Spring Boot adds one at every start: the logger context here
 * refuses them, and keeps the statuses where Spring Boot's own check of the configuration reads
 * them. Logback's default console appender, which serves until a command has set up its log, is
 * removed too: what little is logged before then is not kept.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    /**
     * Makes the logger context quiet on the console, for a command about to start: logback's statuses
     * start empty, so that a log file an earlier command of the same process could not write is not
     * taken for a fault in this command's logging.
     */
    static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.setStatusManager(new UnprintedStatuses());
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof ConsoleAppender) {
                consoles.add(appender);
            }
        });
        consoles.forEach(appender -> {
            root.detachAppender(appender);
            appender.stop();
        });
    }

    /** Logback's statuses, kept and never printed: a listener that would print them is refused. */
    private static final class UnprintedStatuses extends BasicStatusManager {

        @Override
        public boolean add(StatusListener listener) {
            return !(listener instanceof OnPrintStreamStatusListenerBase) && super.add(listener);
        }
    }
}
