package cn.vocstat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ForkedRun;
import cn.vocstat.Outputs;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.sample.SyntheticInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database survives a kill at any moment of its creation or upgrade, and one run of a
 * year at a time holds it, whatever output folder another run writes to.
 */
class EmbeddedDatabaseTest {

    /**
     * Where the process is killed: a few milliseconds after a migration says it starts, so that most
     * kills land between two statements of one migration (H2 commits each DDL statement on its own).
     */
    private record Moment(String version, int millis) {
    }

    private static final List<Moment> DURING_CREATION = List.of(new Moment("V1 ", 3), new Moment("V2 ", 2), new Moment("V3 ", 1),
            new Moment("V5 ", 1), new Moment("V8 ", 1));
    private static final List<Moment> DURING_UPGRADE = List.of(new Moment("V5 ", 1), new Moment("V6 ", 0), new Moment("V8 ", 1));

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(Path input, Path output, String... extra) {
        return Fixtures.run2025(console, input, output, extra);
    }

    private void killAt(Path input, Path output, Moment moment) throws Exception {
        ForkedRun run = ForkedRun.start("run", "--year", "2025", "--input", input.toString(), "--output", output.toString(), "--verbose");
        run.waitForLine("数据库结构 " + moment.version());
        Thread.sleep(moment.millis());
        run.kill();
    }

    private void assertTheNextRunCompletes(Path input, Path output) throws Exception {
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input, output), () -> console.toString(StandardCharsets.UTF_8));
        assertEquals("6,310", Outputs.open(output.resolve("2025/质量年报数据-2025.xlsx")).indicator("students", "全市").get("本年值"));
        try (var leftovers = Files.list(output.resolve("db"))) {
            assertEquals(List.of("vocstat.mv.db"), leftovers.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mv.db")).toList(),
                    "no temporary database is left behind");
        }
    }

    @Test
    void aKillAtAnyMomentOfCreatingTheEmbeddedDatabaseLeavesOneTheNextRunAccepts() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        for (Moment moment : DURING_CREATION) {
            Path output = root.resolve("created-" + moment.version().trim());
            killAt(input, output, moment);

            assertTheNextRunCompletes(input, output);
        }
    }

    @Test
    void aKillAtAnyMomentOfUpgradingTheEmbeddedDatabaseLeavesOneTheNextRunAccepts() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        for (Moment moment : DURING_UPGRADE) {
            Path output = root.resolve("upgraded-" + moment.version().trim());
            String url = "jdbc:h2:file:" + output.toAbsolutePath().resolve("db/vocstat") + ";FILE_LOCK=FS;WRITE_DELAY=0";
            Migrations.apply(Flyway.configure().dataSource(url, "sa", ""), url).target("4").load().migrate();
            killAt(input, output, moment);

            assertTheNextRunCompletes(input, output);
            var flyway = Migrations.apply(Flyway.configure().dataSource(url, "sa", ""), url).load();
            assertEquals(0, flyway.info().pending().length, "upgraded to the latest schema");
        }
    }

    @Test
    void aRunOfTheYearOnAnEmbeddedDatabaseAnotherRunHoldsIsRefusedWhateverItsOutputFolder() throws Exception {
        Path input = root.resolve("input");
        SyntheticInput.write(input, 120, Fixtures.SHIPPED_INPUT.resolve("reference/专业目录.csv"));
        ForkedRun first = ForkedRun.start("run", "--year", "2025", "--input", input.toString(), "--output", root.resolve("a").toString(),
                Fixtures.databaseIn(root));
        try {
            first.waitForLine("[10/");

            assertEquals(ExitCodes.ALREADY_RUNNING, run(input, root.resolve("b"), Fixtures.databaseIn(root)));

            assertTrue(console.toString(StandardCharsets.UTF_8).contains("正被另一个进程使用"), console.toString(StandardCharsets.UTF_8));
        } finally {
            first.kill();
        }
    }
}
