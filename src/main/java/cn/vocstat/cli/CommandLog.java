package cn.vocstat.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The log file of a command. One that runs without the application context (check) starts logging
 * itself: everything at INFO to the file, nothing to the console, which shows only what the command
 * says; and ends it when done, as the application context ends its own.
 */
final class CommandLog implements AutoCloseable {

    private final LoggingSystem logging;

    private CommandLog(LoggingSystem logging) {
        this.logging = logging;
    }

    /** A log file named for the command (none for a run) and the time, in the folder. */
    static Path file(Path folder, String command) {
        return folder.resolve("vocstat-" + (command == null ? "" : command + "-")
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
    }

    static CommandLog start(Path file) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("vocstat-command-log", Map.of(
                Subcommand.LOG_FILE_PROPERTY, file.toString(), "logging.level.root", "INFO")));
        LoggingSystem logging = LoggingSystem.get(CommandLog.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
        return new CommandLog(logging);
    }

    @Override
    public void close() {
        logging.cleanUp();
    }
}
