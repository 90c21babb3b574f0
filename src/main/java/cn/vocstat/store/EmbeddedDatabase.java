package cn.vocstat.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Creates and upgrades an embedded H2 file database so that a kill at any moment leaves a database
 * the next run accepts. H2 commits each DDL statement on its own, so a process killed in the middle
 * of a migration left a half-built schema that every later run refused ("Duplicate column name").
 * Here a new database is built under a temporary name and an upgrade is made on a copy; either is
 * moved over the real file in one atomic rename once Flyway is done. A kill before the rename leaves
 * the old file untouched (or none at all); the temporary file is removed at the next start.
 */
public final class EmbeddedDatabase {

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String DATA = ".mv.db";

    private EmbeddedDatabase() {
    }

    /** The database could not be opened because another process has it open. */
    public static final class InUseException extends RuntimeException {
        InUseException(Throwable cause) {
            super(cause);
        }
    }

    /** Brings the database the URL names to the latest schema, safely; any URL other than an H2 file database is left to Flyway. */
    public static void prepare(String url, String user, String password, PrintStream out, boolean verbose) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return;
        }
        int options = url.indexOf(';');
        Path base = Path.of(url.substring(H2_FILE.length(), options < 0 ? url.length() : options)).toAbsolutePath();
        String settings = options < 0 ? "" : url.substring(options);
        Path data = file(base);
        Path fresh = base.resolveSibling("." + base.getFileName() + "-new");
        Path upgraded = base.resolveSibling("." + base.getFileName() + "-upgrade");
        try {
            Files.createDirectories(base.getParent());
            deleteDatabase(fresh);
            deleteDatabase(upgraded);
            if (!Files.exists(data)) {
                out.println("正在创建内嵌数据库 " + data + " …");
                migrate(H2_FILE + fresh + settings, user, password, verbose ? out : null);
                Files.move(file(fresh), data, StandardCopyOption.ATOMIC_MOVE);
                deleteDatabase(fresh);
                return;
            }
            if (pending(url, user, password) == 0) {
                return;
            }
            out.println("正在升级内嵌数据库 " + data + " 的结构（在副本上进行，完成后替换）…");
            Files.copy(data, file(upgraded), StandardCopyOption.REPLACE_EXISTING);
            migrate(H2_FILE + upgraded + settings, user, password, verbose ? out : null);
            Files.move(file(upgraded), data, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteDatabase(upgraded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pending(String url, String user, String password) {
        try {
            return flyway(url, user, password).load().info().pending().length;
        } catch (FlywayException e) {
            throw inUseOr(e);
        }
    }

    /** Migrates; with {@code progress}, each migration is named there as it starts (an upgrade that takes a while shows what it does). */
    private static void migrate(String url, String user, String password, PrintStream progress) {
        try {
            var flyway = flyway(url, user, password);
            if (progress != null) {
                flyway.callbacks(new Progress(progress));
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw inUseOr(e);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String password) {
        return Migrations.apply(Flyway.configure().dataSource(url, user, password), url);
    }

    /** H2 refuses a file another process holds open (FILE_LOCK=FS): that run is still going. */
    private static RuntimeException inUseOr(FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return new InUseException(e);
            }
        }
        return e;
    }

    private static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + DATA);
    }

    private static void deleteDatabase(Path base) throws IOException {
        Files.deleteIfExists(file(base));
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
    }

    /** Names each migration as it starts. */
    private record Progress(PrintStream out) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            out.println("  数据库结构 V" + context.getMigrationInfo().getVersion() + " " + context.getMigrationInfo().getDescription());
        }

        @Override
        public String getCallbackName() {
            return "vocstat-progress";
        }
    }
}
