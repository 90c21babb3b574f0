package cn.vocstat.store;

import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where the schema's migrations are and how they are filled in per database: Spring Batch's own
 * tables per vendor, then the consolidated tables common to both, with the vendor's types for a time
 * and for file content. The application's Flyway, the crash-safe creation of an embedded database
 * and the tests all configure Flyway here.
 */
public final class Migrations {

    private Migrations() {
    }

    /** The configuration with the migrations and the placeholders of the database the URL names. */
    public static FluentConfiguration apply(FluentConfiguration configuration, String jdbcUrl) {
        boolean mysql = jdbcUrl != null && (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:"));
        return configuration.locations("classpath:db/migration/" + (mysql ? "mysql" : "h2"), "classpath:db/migration/common")
                .placeholders(mysql
                        // DATETIME: no 2038 limit and no time-zone conversion; LONGBLOB: a return of up to the reader's size limit
                        ? Map.of("datetime", "DATETIME(6)", "blob", "LONGBLOB")
                        : Map.of("datetime", "TIMESTAMP(6)", "blob", "BLOB"));
    }
}
