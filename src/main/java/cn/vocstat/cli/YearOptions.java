package cn.vocstat.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What a run, a redraft and a check of a draft work on: a year, the input and output folders, and the database. */
final class YearOptions {

    @Option(names = "--year", required = true, paramLabel = "<YYYY>", converter = YearConverter.class, description = "年度，例如 2025")
    int year;

    @Option(names = "--input", paramLabel = "<DIR>", defaultValue = "input",
            description = "输入目录（<年度>/returns、reference），默认 ${DEFAULT-VALUE}")
    Path input;

    @Option(names = "--output", paramLabel = "<DIR>", defaultValue = "output", description = "输出目录，默认 ${DEFAULT-VALUE}")
    Path output;

    @Mixin
    DatabaseOptions database;

    /** The options passed on to Spring, with this output folder (where the embedded database lives) and database added. */
    List<String> springArguments(List<String> passedOn) {
        passedOn.add("--vocstat.output=" + output.toAbsolutePath());
        database.addTo(passedOn);
        return passedOn;
    }

    Path yearOutput() {
        return output.resolve(String.valueOf(year));
    }
}
