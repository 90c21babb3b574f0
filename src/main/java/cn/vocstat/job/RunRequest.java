package cn.vocstat.job;

import cn.vocstat.export.OutputLayout;
import java.nio.file.Path;

/**
 * What the operator asked for: a report year, where the input lies and where outputs go, whether a
 * run that lost much of what the published run had is to be published all the same, and whether
 * the console shows the run's performance figures too (they are always in the log).
 */
public record RunRequest(int year, Path inputDir, Path outputDir, boolean acceptDrop, boolean verbose) {

    public RunRequest(int year, Path inputDir, Path outputDir) {
        this(year, inputDir, outputDir, false, false);
    }

    public Path returnsDir() {
        return inputDir.resolve(String.valueOf(year)).resolve("returns");
    }

    public Path yearOutputDir() {
        return outputDir.resolve(String.valueOf(year));
    }

    /** The published outputs of the year: what the analysts and schools read. */
    public OutputLayout published() {
        return new OutputLayout(yearOutputDir(), year);
    }

    /** The embedded database lives with the outputs it belongs to, so two output folders never share one by accident. */
    public Path embeddedDatabase() {
        return outputDir.resolve("db").resolve("vocstat");
    }
}
