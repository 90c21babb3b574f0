package cn.vocstat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production database, proven against a real MySQL-protocol server through Connector/J. */
class MySqlStoreTest {

    @TempDir
    Path root;
    Path input;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeAll
    static void serverIsThere() {
        MySqlServer.require();
    }

    @BeforeEach
    void sampleInput() throws IOException {
        input = Fixtures.shippedInputCopy(root);
    }

    private int run(int year, String... database) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--year", String.valueOf(year), "--input", input.toString(),
                "--output", root.resolve("output").toString()));
        args.addAll(List.of(database));
        return VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    }

    private void runSample(String... database) {
        assertEquals(ExitCodes.ALL_ACCEPTED, run(2024, database), this::console);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, database), this::console);
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private Map<String, List<String>> h2Snapshot() throws SQLException {
        runSample(Fixtures.databaseIn(root));
        try (Connection h2 = DriverManager.getConnection(Fixtures.h2Url(root), "sa", "")) {
            return ConsolidatedTables.snapshot(h2);
        }
    }

    @Test
    void theSampleGivesTheSameConsolidatedRowsOnMySqlAsOnH2() throws SQLException {
        String url = MySqlServer.freshDatabase("vocstat_test_same");
        Map<String, List<String>> onH2 = h2Snapshot();
        runSample(MySqlServer.jobArguments(url));
        Map<String, List<String>> onMySql;
        try (Connection mysql = MySqlServer.connect("vocstat_test_same")) {
            onMySql = ConsolidatedTables.snapshot(mysql);
        }
        assertEquals(onH2.keySet(), onMySql.keySet());
        for (String table : onH2.keySet()) {
            assertTrue(onH2.get(table).size() > 0, table + " is empty");
            assertEquals(onH2.get(table), onMySql.get(table), table);
        }
        assertTrue(onMySql.get("vs_indicator").stream().anyMatch(r -> r.contains("indicator_id=student_teacher_ratio; scope_code=city;")
                && r.contains("indicator_value=12.670682730923694779;")), "12.67:1 stored with every digit it was computed with");
    }

    @Test
    void chineseNamesAndFourByteCharactersRoundTrip() throws SQLException, IOException {
        String url = MySqlServer.freshDatabase("vocstat_test_utf8");
        String rareName = "阳泉市𠀀体育运动学校";
        Path registry = input.resolve("reference/学校名录.csv");
        Files.writeString(registry, Files.readString(registry, StandardCharsets.UTF_8).replace(",阳泉市体育运动学校,", "," + rareName + ","), StandardCharsets.UTF_8);

        assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, MySqlServer.jobArguments(url)), this::console);

        try (Connection mysql = MySqlServer.connect("vocstat_test_utf8"); Statement statement = mysql.createStatement()) {
            ResultSet school = statement.executeQuery("SELECT school_name FROM vs_school WHERE school_code = '3614000101'");
            school.next();
            assertEquals(rareName, school.getString(1));
            ResultSet finding = statement.executeQuery("SELECT message FROM vs_finding WHERE rule_id = 'G-REG-03'");
            finding.next();
            assertTrue(finding.getString(1).contains(rareName), finding.getString(1));
            ResultSet indicator = statement.executeQuery("SELECT indicator_name FROM v_city_indicator WHERE indicator_id = 'mid_senior_title_ratio'");
            indicator.next();
            assertEquals("中高级职称专任教师占比", indicator.getString(1));
        }
    }

    @Test
    void statusListsTheRunsTheServerHolds() throws SQLException {
        String url = MySqlServer.freshDatabase("vocstat_test_status");
        runSample(MySqlServer.jobArguments(url));
        console.reset();

        List<String> args = new java.util.ArrayList<>(List.of("status", "--output", root.resolve("output").toString()));
        args.addAll(List.of(MySqlServer.jobArguments(url)));
        assertEquals(0, VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), args.toArray(String[]::new)), this::console);

        List<String> runs = console().lines().filter(l -> l.startsWith("#")).toList();
        assertEquals(2, runs.size(), console());
        assertTrue(runs.get(0).startsWith("#2    2025") && runs.get(0).contains("完成"), console());
        assertTrue(runs.get(1).startsWith("#1    2024"), console());
    }

    @Test
    void runningTwiceOnUnchangedInputLeavesNoDuplicateRows() throws SQLException {
        String url = MySqlServer.freshDatabase("vocstat_test_twice");
        assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, MySqlServer.jobArguments(url)));
        Map<String, Integer> first;
        try (Connection mysql = MySqlServer.connect("vocstat_test_twice")) {
            first = ConsolidatedTables.counts(mysql);
        }

        assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, MySqlServer.jobArguments(url)));

        assertTrue(console().contains("没有变化"), console());
        try (Connection mysql = MySqlServer.connect("vocstat_test_twice")) {
            assertEquals(first, ConsolidatedTables.counts(mysql));
            assertEquals(1, first.get("vs_run"));
        }
    }

    @Test
    void theDatabaseGoingAwayMidRunFailsTheRunAndTheSameCommandCompletesIt() throws Exception {
        MySqlServer.freshDatabase("vocstat_test_drop");
        try (DroppingProxy proxy = new DroppingProxy(MySqlServer.HOST, MySqlServer.PORT, "INSERT INTO vs_school")) {
            String[] throughProxy = MySqlServer.jobArguments(MySqlServer.url("vocstat_test_drop", proxy.port()));

            assertEquals(ExitCodes.FAILED, run(2024, throughProxy), this::console);

            assertTrue(proxy.hasDropped(), "the proxy cut every connection while the run stored its tables");
            assertTrue(console().contains("数据库连接失败或中断"), console());
            assertEquals(ExitCodes.ALL_ACCEPTED, run(2024, throughProxy), this::console);
            assertTrue(console().contains("已标记为失败，现重新运行"), console());
            assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, throughProxy), this::console);
        }
        Map<String, List<String>> afterRecovery;
        try (Connection mysql = MySqlServer.connect("vocstat_test_drop")) {
            afterRecovery = ConsolidatedTables.snapshot(mysql);
        }
        assertEquals(h2Snapshot(), afterRecovery, "the same rows as an uninterrupted run");
    }

    @Test
    void twoRunsOfTheYearFromDifferentOutputFoldersOnOneDatabaseTakeTurnsAndLeaveNoExecutionBehind() throws Exception {
        String url = MySqlServer.freshDatabase("vocstat_test_lock");
        Path synthetic = root.resolve("synthetic");
        cn.vocstat.sample.SyntheticInput.write(synthetic, 120, Fixtures.SHIPPED_INPUT.resolve("reference/专业目录.csv"));
        List<String> first = new java.util.ArrayList<>(List.of("run", "--year", "2025", "--input", synthetic.toString(), "--output",
                root.resolve("a").toString()));
        first.addAll(List.of(MySqlServer.jobArguments(url)));
        cn.vocstat.ForkedRun running = cn.vocstat.ForkedRun.start(first.toArray(String[]::new));
        running.waitForLine("[10/");

        List<String> second = new java.util.ArrayList<>(List.of("run", "--year", "2025", "--input", synthetic.toString(), "--output",
                root.resolve("b").toString()));
        second.addAll(List.of(MySqlServer.jobArguments(url)));
        int refused = VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), second.toArray(String[]::new));

        assertEquals(ExitCodes.ALREADY_RUNNING, refused, this::console);
        assertTrue(console().contains("正在同一数据库上运行"), console());
        assertEquals(ExitCodes.ALL_ACCEPTED, running.finish(), running.console());
        assertEquals(ExitCodes.ALL_ACCEPTED, VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8),
                second.toArray(String[]::new)), this::console);
        assertTrue(Files.exists(root.resolve("b/2025/质量年报数据-2025.xlsx")), "the second folder gets the completed run's outputs");
        try (Connection mysql = MySqlServer.connect("vocstat_test_lock"); Statement statement = mysql.createStatement()) {
            ResultSet executions = statement.executeQuery("SELECT STATUS, COUNT(*) FROM BATCH_JOB_EXECUTION GROUP BY STATUS");
            executions.next();
            assertEquals("COMPLETED", executions.getString(1));
            assertEquals(1, executions.getInt(2));
            assertFalse(executions.next(), "no execution left UNKNOWN or FAILED");
        }
    }

    @Test
    void theJobRunsWithExactlyThePrivilegesTheReadmeGrants() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher grant = java.util.regex.Pattern.compile("GRANT (.+) ON vocstat\\.\\* TO 'vocstat'@'%';").matcher(readme);
        assertTrue(grant.find(), "the README grants the job's user its privileges");
        String url = MySqlServer.freshDatabase("vocstat_test_grants");
        try (Connection root = MySqlServer.connect(""); Statement statement = root.createStatement()) {
            statement.execute("DROP USER IF EXISTS 'vocstat_test'@'127.0.0.1'");
            statement.execute("CREATE USER 'vocstat_test'@'127.0.0.1' IDENTIFIED BY 'test-pass'");
            statement.execute("GRANT " + grant.group(1) + " ON vocstat_test_grants.* TO 'vocstat_test'@'127.0.0.1'");
        }

        assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, "--db-url", url, "--db-user", "vocstat_test", "--spring.datasource.password=test-pass"),
                this::console);
    }

    @Test
    void anUnreachableServerFailsWithAClearMessage() {
        assertEquals(ExitCodes.FAILED, run(2025, MySqlServer.jobArguments(MySqlServer.url("vocstat_test_none", 1))));
        assertTrue(console().contains("数据库连接失败"), console());
    }

    private static Flyway migrations(String url) {
        return Migrations.apply(Flyway.configure().dataSource(url, MySqlServer.USER, MySqlServer.PASSWORD), url).load();
    }

    @Test
    void anOlderSchemaIsUpgradedInPlaceNeverDropped() throws SQLException {
        String url = MySqlServer.freshDatabase("vocstat_test_upgrade");
        Flyway.configure().configuration(migrations(url).getConfiguration()).target("2.1").load().migrate();
        try (Connection mysql = MySqlServer.connect("vocstat_test_upgrade"); Statement statement = mysql.createStatement()) {
            statement.execute("INSERT INTO vs_run VALUES (999, 2023, 'old', NOW(6), 1, 1, 0, 1, 0, 0, 0)");
        }

        assertEquals(ExitCodes.ALL_ACCEPTED, run(2025, MySqlServer.jobArguments(url)), this::console);

        try (Connection mysql = MySqlServer.connect("vocstat_test_upgrade"); Statement statement = mysql.createStatement()) {
            ResultSet old = statement.executeQuery("SELECT input_fingerprint FROM vs_run WHERE run_id = 999");
            assertTrue(old.next(), "the row of the older schema is still there");
            assertEquals("old", old.getString(1));
            MigrationInfo[] all = migrations(url).info().all();
            assertEquals(all[all.length - 1].getVersion(), migrations(url).info().current().getVersion(), "migrated to the latest version");
        }
    }
}
