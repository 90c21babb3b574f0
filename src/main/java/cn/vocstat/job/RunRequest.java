package cn.vocstat.job;

import java.nio.file.Path;

/** What the operator asked for: a report year, where the input lies and where outputs go. */
public record RunRequest(int year, Path inputDir, Path outputDir) {

    public Path returnsDir() {
        return inputDir.resolve(String.valueOf(year)).resolve("returns");
    }

    public Path yearOutputDir() {
        return outputDir.resolve(String.valueOf(year));
    }

    public Path workbook() {
        return yearOutputDir().resolve("质量年报数据-" + year + ".xlsx");
    }

    public Path csvDir() {
        return yearOutputDir().resolve("csv");
    }

    /** What this run changed against the previous run of the year. */
    public Path changeReport() {
        return yearOutputDir().resolve("变更说明.xlsx");
    }

    /** One feedback workbook and findings CSV per received file, for the schools. */
    public Path feedbackDir() {
        return yearOutputDir().resolve("反馈");
    }
}
