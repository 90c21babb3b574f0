package cn.vocstat.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Which database a run reads and writes; the password comes only from the environment, never the command line. */
final class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "<URL>",
            description = "数据库（默认内嵌 H2，在 <输出目录>/db）；jdbc:mysql://… 时启用 mysql 配置")
    private String url;

    @Option(names = "--db-user", paramLabel = "<USER>", description = "数据库用户；密码只从环境变量 VOCSTAT_DB_PASSWORD 读取")
    private String user;

    /** Whether the run uses the embedded database in the output folder. */
    boolean embedded() {
        return url == null;
    }

    /** The database given with --db-url; null for the embedded one. */
    String url() {
        return url;
    }

    /** The user given with --db-user; null when none was. */
    String user() {
        return user;
    }

    /** Adds these options to Spring's, as its properties. */
    void addTo(List<String> springArguments) {
        if (url != null) {
            springArguments.add("--spring.datasource.url=" + url);
            if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
                springArguments.add("--spring.profiles.active=mysql");
            }
        }
        if (user != null) {
            springArguments.add("--spring.datasource.username=" + user);
        }
    }
}
