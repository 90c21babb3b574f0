package cn.vocstat.job;

import cn.vocstat.export.OutputLayout;
import cn.vocstat.export.OutputSet;
import cn.vocstat.export.PublishedSet;
import cn.vocstat.export.RunReport;
import cn.vocstat.model.OutputFile;
import cn.vocstat.report.ReportDraft;
import cn.vocstat.report.SentenceCatalogue;
import cn.vocstat.store.ConsolidationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code report}: the drafted sections of a published run written again (after the wording was
 * changed) as that run's own output: into its archive, its list of outputs and the set in force, so
 * that a later unchanged run keeps the new draft instead of putting the old one back. A draft a
 * person edited is kept beside its name first, never written over.
 */
public final class Redraft {

    /** Where the new draft is, and what was kept aside to make room for it. */
    public record Result(Path draft, PublishedSet.Outcome outcome) {
    }

    /** The run's outputs are not the ones this folder shows: there is no set of it here to draft into. */
    public static final class NotShownHereException extends IOException {
        NotShownHereException(String message) {
            super(message);
        }
    }

    private Redraft() {
    }

    public static Result write(ConsolidationStore store, RunRequest request, RunReport report, SentenceCatalogue catalogue) throws IOException {
        long runId = report.runId();
        Path yearDir = request.yearOutputDir();
        PublishedSet set = new PublishedSet(yearDir, PublishedSet.Steps.NONE);
        OutputLayout archive = OutputSet.archive(yearDir, request.year(), runId);
        if (!set.isCurrent(runId) || !Files.isDirectory(archive.dir())) {
            throw new NotShownHereException("输出目录 " + yearDir + " 现在显示的不是运行 #" + runId + " 的输出（该运行发布在 "
                    + report.run().outputDir() + "）：请用 --output 指向它发布的目录，或先运行 run --year " + request.year());
        }
        String path = archive.dir().relativize(archive.reportDraft()).toString().replace('\\', '/');
        Optional<OutputFile> before = store.outputs(runId).stream().filter(file -> file.path().equals(path)).findFirst();
        ReportDraft.write(archive, report, catalogue);
        OutputFile after = OutputSet.describe(archive.dir(), path);
        store.replaceOutput(runId, after);
        set.replace(archive.dir(), runId, before.orElse(null), after);
        return new Result(request.published().reportDraft(), set.outcome());
    }
}
