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
 * itself: everything at INFO to the file, nothing to the console, which shows only what the command says.
 */
final class CommandLog {

    private CommandLog() {
    }

    /** A log file named for the command (none for a run) and the time, in the folder. */
    static Path file(Path folder, String command) {
        return folder.resolve("vocstat-" + (command == null ? "" : command + "-")
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
    }

    static void start(Path file) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("vocstat-command-log", Map.of(
                "logging.file.name", file.toString(), "logging.threshold.console", "OFF", "logging.level.root", "INFO")));
        LoggingSystem logging = LoggingSystem.get(CommandLog.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
    }
}
