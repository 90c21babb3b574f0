package cn.vocstat.cli;

import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.RunHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: the latest runs, as the database recorded them. */
@Command(name = "status", description = "最近的运行：开始、结束、状态、输入指纹、采用/退回/缺报、覆盖、输出文件")
final class StatusCommand extends Subcommand {

    StatusCommand() {
        super("读取运行记录");
    }

    private static final String DATASOURCE_URL = "--spring.datasource.url=";

    @Option(names = "--year", paramLabel = "<YYYY>", converter = YearConverter.class, description = "只看某一年度")
    private Integer year;

    @Option(names = "--count", paramLabel = "<N>", defaultValue = "10", description = "显示条数，默认 ${DEFAULT-VALUE}")
    private int count;

    @Option(names = "--output", paramLabel = "<DIR>", defaultValue = "output", description = "输出目录（内嵌数据库在 <输出目录>/db），默认 ${DEFAULT-VALUE}")
    private Path output;

    @Mixin
    private DatabaseOptions database;

    @Override
    public Integer call() {
        if (count < 1) {
            console().println("--count 须为正整数");
            return ExitCodes.USAGE;
        }
        Optional<String> given = springArguments().stream().filter(a -> a.startsWith(DATASOURCE_URL)).reduce((first, last) -> last)
                .map(a -> a.substring(DATASOURCE_URL.length()));
        if (database.embedded() && given.map(url -> url.startsWith("jdbc:h2:")).orElse(true)) {
            if (given.isEmpty() && !Files.exists(output.resolve("db").resolve("vocstat.mv.db"))) {
                RunHistory.none(console()); // an output folder never run into: nothing to read, nothing to create
                return 0;
            }
            if (printedWithoutContext(given.orElseGet(this::embeddedUrl), "sa", "", new Properties())) {
                return 0;
            }
        } else if (!database.embedded() && printedWithoutContext(database.url(), serverUser(), serverPassword(), serverProperties())) {
            return 0;
        }
        List<String> spring = springArguments();
        spring.add("--vocstat.output=" + output.toAbsolutePath());
        database.addTo(spring);
        try (ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(spring.toArray(String[]::new))) {
            context.getBean(RunHistory.class).print(Optional.ofNullable(year), count, console());
            return 0;
        }
    }

    /**
     * Reads the embedded database with plain JDBC, in about a second, where starting the application
     * takes ten under load; a database whose tables cannot answer (made by an older version) is left
     * to the application, which upgrades it first. False when it was left.
     */
    private boolean printedWithoutContext(String url, String user, String password, Properties properties) {
        SingleConnectionDataSource source = new SingleConnectionDataSource(url, user, password, true);
        source.setConnectionProperties(properties);
        try {
            new RunHistory(new JdbcTemplate(source)).print(Optional.ofNullable(year), count, console());
            return true;
        } catch (DataAccessException leftToTheApplication) {
            return false; // an older schema, or a server that cannot be reached: the application upgrades it or says why in Chinese
        } finally {
            source.destroy();
        }
    }

    /** The server's user as a run would have it: --db-user, else the mysql profile's VOCSTAT_DB_USER or its default. */
    private String serverUser() {
        return Optional.ofNullable(database.user()).or(() -> springProperty("spring.datasource.username"))
                .orElseGet(() -> System.getenv().getOrDefault("VOCSTAT_DB_USER", "vocstat"));
    }

    /** The password only from the environment (VOCSTAT_DB_PASSWORD), or a Spring property the tests give. */
    private String serverPassword() {
        return springProperty("spring.datasource.password").orElseGet(() -> System.getenv().getOrDefault("VOCSTAT_DB_PASSWORD", ""));
    }

    private Optional<String> springProperty(String name) {
        return springArguments().stream().filter(a -> a.startsWith("--" + name + "=")).reduce((first, last) -> last)
                .map(a -> a.substring(name.length() + 3));
    }

    /** The mysql profile's Connector/J settings that matter for a read: no local files for a hostile server, a bounded wait. */
    private static Properties serverProperties() {
        Properties properties = new Properties();
        properties.setProperty("allowLoadLocalInfile", "false");
        properties.setProperty("allowUrlInLocalInfile", "false");
        properties.setProperty("connectTimeout", "10000");
        properties.setProperty("characterEncoding", "UTF-8");
        return properties;
    }

    /** The embedded database's URL as the application configures it, for this output folder. */
    private String embeddedUrl() {
        Properties configured = new Properties();
        try (InputStream in = StatusCommand.class.getResourceAsStream("/application.properties")) {
            configured.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configured.getProperty("spring.datasource.url").replace("${vocstat.output:output}", output.toAbsolutePath().toString());
    }

    @Override
    Path logFolder() {
        return output.resolve("logs");
    }
}
