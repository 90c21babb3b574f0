package cn.vocstat.job;

import cn.vocstat.export.RunReport;
import cn.vocstat.report.ReportFigures;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.RunChanges;
import cn.vocstat.store.RunRows;
import cn.vocstat.store.StoredRun;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/** The latest published run of a year, as the commands that work on a finished run (report, verify) read it. */
public final class LatestRun {

    private LatestRun() {
    }

    /** The figures of the latest published run of a year, with the school figures of the year before's where it was run. */
    public static Optional<ReportFigures> figures(ApplicationContext context, int year, Path inputDir) {
        return of(context, year, inputDir).map(run -> ReportFigures.of(run, of(context, year - 1, inputDir)));
    }

    public static Optional<RunReport> of(ApplicationContext context, int year, Path inputDir) {
        ConsolidationStore store = context.getBean(ConsolidationStore.class);
        RunChanges changes = context.getBean(RunChanges.class);
        Optional<StoredRun> run = store.latestRunId(year).flatMap(store::run);
        return run.map(found -> new RunReport(found, found.storedAt(), ReferenceLoader.load(inputDir, year),
                new RunRequest(year, inputDir, Path.of("")).returnsDir(), context.getBean(RunRows.class), changes,
                changes.previousRun(year, found.runId()).flatMap(store::run)));
    }
}
