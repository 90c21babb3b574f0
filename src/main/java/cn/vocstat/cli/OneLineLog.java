package cn.vocstat.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import cn.vocstat.rules.ShownText;
import java.util.Arrays;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * What keeps each entry of the log file whole: a message, and the message of each exception in a
 * stack trace, is written with its line breaks and other control characters named ({@link ShownText}),
 * as the console shows them. A school's file name with a line break in it, quoted in a message or in
 * an exception about its file, can then neither split an entry nor forge one.
 */
public final class OneLineLog {

    private OneLineLog() {
    }

    /** {@code %oneLineMsg}: the message on one line. */
    public static final class Message extends MessageConverter {

        @Override
        public String convert(ILoggingEvent event) {
            return ShownText.of(super.convert(event));
        }
    }

    /** {@code %oneLineEx}: the stack trace, each exception's message on its one line. */
    public static final class Trace extends ExtendedWhitespaceThrowableProxyConverter {

        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return super.throwableProxyToString(new OneLineMessages(proxy));
        }
    }

    /** An exception as logback prints it, its message and those of its causes and suppressed exceptions shown on one line. */
    private record OneLineMessages(IThrowableProxy proxy) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return proxy.getMessage() == null ? null : ShownText.of(proxy.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return proxy.getOverridingMessage() == null ? null : ShownText.of(proxy.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return proxy.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return proxy.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return proxy.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return proxy.getCause() == null ? null : new OneLineMessages(proxy.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            return proxy.getSuppressed() == null ? null
                    : Arrays.stream(proxy.getSuppressed()).map(OneLineMessages::new).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return proxy.isCyclic();
        }
    }
}
