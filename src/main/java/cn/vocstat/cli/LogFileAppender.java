package cn.vocstat.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;

/**
 * A command's log file: appended to, never rolled over, renamed or compressed. A run's log is one
 * file named for the run, and the run command keeps the latest ones; a rolling appender would move
 * a run's log away at midnight, and would rename whatever file it was pointed at. A command that
 * names no log file (status, report) keeps none.
 */
public final class LogFileAppender extends FileAppender<ILoggingEvent> {

    private boolean keeping;

    @Override
    public void start() {
        keeping = getFile() != null && !getFile().isBlank();
        if (keeping) {
            super.start();
        } else {
            started = true;
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (keeping) {
            super.append(event);
        }
    }
}
