package cn.vocstat.job;

import cn.vocstat.rules.ShownText;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Turns an exception into the one line an operator needs: what failed, in Chinese, with the cause. */
public final class Failures {

    /** Flyway's words for a migration that failed half way and was recorded so. */
    private static final Pattern FAILED_MIGRATION = Pattern.compile("failed migration to version ([\\d.]+)");
    /**
     * How a full disk is said: by the JDK on Linux (in English or, under a Chinese locale, in Chinese)
     * and on Windows, by MySQL / MariaDB (error 28 is ENOSPC) and by logback about a log file.
     */
    private static final String NO_SPACE = "No space left on device|not enough space on the disk|设备上没有空间|磁盘空间不足|Disk full"
            + "|Errcode: 28|errno: 28|error 28 from storage engine";
    private static final Pattern FULL_DISK = Pattern.compile(NO_SPACE, Pattern.CASE_INSENSITIVE);
    /** The path in a java.io message about a file: "/data/out/x.log (No space left on device)". */
    private static final Pattern PATH_OF_FULL_FILE = Pattern.compile("(?:^|FileNotFoundException: )(\\S[^()]*?) \\((?:" + NO_SPACE + ")\\)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private Failures() {
    }

    /** The line, one line whatever a path or a message in it holds ({@link ShownText}). */
    public static String describe(Throwable failure) {
        return describe(failure, null);
    }

    /**
     * The line for a failure of work on the database {@code databaseUrl} names (null when none is
     * known): a full disk under it, say, names that database.
     */
    public static String describe(Throwable failure, String databaseUrl) {
        return ShownText.of(fullDisk(failure, databaseUrl).orElseGet(() -> cause(failure)));
    }

    /**
     * A full disk, wherever in the failure it shows (a cause, a suppressed exception, a line of a
     * message), named with the file it could not write, else the database, when known.
     */
    private static Optional<String> fullDisk(Throwable failure, String databaseUrl) {
        List<Throwable> all = causesAndSuppressed(failure);
        if (all.stream().noneMatch(t -> t.getMessage() != null && FULL_DISK.matcher(t.getMessage()).find())) {
            return Optional.empty();
        }
        Optional<String> file = all.stream().map(Failures::fullFile).flatMap(Optional::stream).findFirst();
        boolean database = all.stream().anyMatch(t -> t instanceof SQLException || t instanceof DataAccessException);
        String what = file.map(path -> "无法写入 " + path)
                .orElse(database ? "数据库无法写入" + (databaseUrl == null || databaseUrl.isBlank() ? "" : "（" + databaseName(databaseUrl) + "）") : "无法写入");
        return Optional.of("磁盘空间已满，" + what + "：请清理" + (file.isEmpty() && database ? "数据库所在的磁盘" : "磁盘（或换一个有空间的输出目录）")
                + "，然后用相同命令重新运行");
    }

    /** The file a failure says it could not write for want of space. */
    private static Optional<String> fullFile(Throwable t) {
        if (t instanceof FileSystemException file && file.getFile() != null && FULL_DISK.matcher(String.valueOf(file.getReason())).find()) {
            return Optional.of(file.getFile());
        }
        Matcher path = PATH_OF_FULL_FILE.matcher(String.valueOf(t.getMessage()));
        return path.find() ? Optional.of(path.group(1)) : Optional.empty();
    }

    /** A database as an operator knows it: the embedded database's files, or a server's host and database, never a password. */
    private static String databaseName(String url) {
        String location = url.replaceFirst("^jdbc:", "").split("[?;]", 2)[0];
        if (location.startsWith("h2:") && !location.matches("h2:(tcp|ssl|mem):.*")) {
            return "内嵌数据库 " + location.substring("h2:".length()).replaceFirst("^([A-Za-z]\\w+:)+(?=[/~.]|[A-Za-z]:)", "");
        }
        return "数据库 " + location.replaceFirst("//[^/@]*@", "//");
    }

    /** The failure, its causes and what was suppressed along the way, each once. */
    private static List<Throwable> causesAndSuppressed(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (seen.add(t)) {
                found.add(t);
                if (t.getCause() != null) {
                    next.add(t.getCause());
                }
                next.addAll(List.of(t.getSuppressed()));
            }
        }
        return found;
    }

    private static String cause(Throwable failure) {
        Throwable root = failure;
        boolean database = false;
        boolean connection = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return outOfMemory();
            }
            database |= t instanceof SQLException || t instanceof DataAccessException;
            connection |= isConnectionFailure(t);
            root = t;
        }
        if (root instanceof FileSystemException file) {
            return fileProblem(file);
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
        Matcher failedMigration = FAILED_MIGRATION.matcher(String.valueOf(root.getMessage()));
        if (failedMigration.find()) {
            return "数据库结构升级曾在版本 " + failedMigration.group(1) + " 中途失败（MySQL 的结构变更不能回滚）：须由数据库管理员按日志修复"
                    + "（flyway repair）后再运行";
        }
        if (connection) {
            return "数据库连接失败或中断（" + message + "）：请确认数据库服务已启动、连接地址和账号正确，然后用相同命令重新运行";
        }
        if (database) {
            return "数据库出错（" + message + "）";
        }
        // our own failures say what happened in Chinese; anything else is unforeseen, named for whoever maintains the tool
        String said = message.strip().replaceFirst("[:：]$", "");
        return CHINESE.matcher(message).find() ? message
                : "未预料的程序错误（" + (said.isEmpty() ? root.getClass().getSimpleName() : said) + "）：请把日志发给维护人员";
    }

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /** The JDK's file errors say what happened in English; the operator gets it in Chinese, with the path. */
    private static String fileProblem(FileSystemException failure) {
        String path = failure.getFile() == null ? "" : failure.getFile();
        String reason = String.valueOf(failure.getReason());
        if (failure instanceof NoSuchFileException) {
            return "找不到文件或目录：" + path;
        }
        if (failure instanceof AccessDeniedException) {
            return "没有权限读写：" + path;
        }
        if (failure instanceof NotDirectoryException || reason.contains("Not a directory")) {
            return "路径中有一项不是目录（是同名的文件）：" + path;
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "已有同名的文件或目录：" + path;
        }
        if (reason.contains("Read-only")) {
            return "文件系统只读，无法写入：" + path;
        }
        return "读写文件失败：" + path + "（" + reason + "）";
    }

    /** What the operator does about a heap too small for the run. */
    public static String outOfMemory() {
        return String.format("内存不足（Java 堆上限 %d MB）：请在 JAVA_OPTS 中调大 -Xmx（一万份报表 256 MB 足够），然后用相同命令重新运行",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static boolean isConnectionFailure(Throwable t) {
        // SQLState class 08 is "connection exception" in the SQL standard; Connector/J's link failure is 08S01.
        return t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
