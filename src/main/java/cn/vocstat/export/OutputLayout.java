package cn.vocstat.export;

import java.nio.file.Path;

/**
 * Where a year's outputs lie under a folder: the published output/<year>/, a run's staging folder,
 * or its archive in history/<run>/ all have the same layout.
 */
public record OutputLayout(Path dir, int year) {

    public Path workbook() {
        return dir.resolve("质量年报数据-" + year + ".xlsx");
    }

    public Path csvDir() {
        return dir.resolve("csv");
    }

    /** The report's data sections, drafted from the run for the report writers. */
    public Path reportDraft() {
        return dir.resolve("质量年报数据章节-" + year + ".docx");
    }

    /** What a run changed against the previous run of the year. */
    public Path changeReport() {
        return dir.resolve("变更说明.xlsx");
    }

    /** One feedback workbook and findings CSV per received file, for the schools. */
    public Path feedbackDir() {
        return dir.resolve("反馈");
    }
}
