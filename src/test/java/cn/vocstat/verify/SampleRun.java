package cn.vocstat.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.vocstat.Fixtures;
import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.LatestRun;
import cn.vocstat.report.ReportFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The shipped sample consolidated for 2024 and 2025 in a folder of its own, and the 2025 figures a draft is checked against. */
record SampleRun(Path input, Path output, ConfigurableApplicationContext context, ReportFigures figures, Synonyms synonyms)
        implements AutoCloseable {

    static SampleRun in(Path root) throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path output = root.resolve("output");
        for (String year : List.of("2024", "2025")) {
            assertEquals(ExitCodes.ALL_ACCEPTED, VocstatApplication.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    "run", "--year", year, "--input", input.toString(), "--output", output.toString(), Fixtures.databaseIn(root)));
        }
        ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class)
                .run(Fixtures.databaseIn(root), "--vocstat.output=" + output.toAbsolutePath());
        return new SampleRun(input, output, context, LatestRun.figures(context, 2025, input).orElseThrow(), Synonyms.load(input));
    }

    @Override
    public void close() {
        context.close();
    }
}
