package cn.vocstat.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.WarnStatus;

/**
 * A command's log file: appended to, never rolled over, renamed or compressed. A run's log is one
 * file named for the run, and the run command keeps the latest ones; a rolling appender would move
 * a run's log away at midnight, and would rename whatever file it was pointed at. A command that
 * names no log file (status, report) keeps none.
 */
public final class LogFileAppender extends FileAppender<ILoggingEvent> {

    private boolean keeping;
    private boolean stopping;

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
    public void stop() {
        stopping = true;
        try {
            super.stop();
        } finally {
            stopping = false;
        }
    }

    /**
     * A log that cannot be flushed as it closes (its disk is full) was the trouble of the command that
     * wrote it, already told on that command's console: it is no configuration error of the logging
     * that replaces it, which Spring would refuse to start with.
     */
    @Override
    public void addStatus(Status status) {
        super.addStatus(stopping && status.getLevel() == Status.ERROR ? new WarnStatus(status.getMessage(), this, status.getThrowable()) : status);
    }

    /** A command that keeps no log drops every event here, before logback's appender machinery, which it never started. */
    @Override
    public void doAppend(ILoggingEvent event) {
        if (keeping) {
            super.doAppend(event);
        }
    }
}
