package cn.vocstat.job;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Turns an exception into the one line an operator needs: what failed, in Chinese, with the cause. */
public final class Failures {

    /** Flyway's words for a migration that failed half way and was recorded so. */
    private static final Pattern FAILED_MIGRATION = Pattern.compile("failed migration to version ([\\d.]+)");

    private Failures() {
    }

    public static String describe(Throwable failure) {
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
        return database ? "数据库出错（" + message + "）" : message;
    }

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
        if (reason.contains("No space left")) {
            return "磁盘空间已满，无法写入：" + path;
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
