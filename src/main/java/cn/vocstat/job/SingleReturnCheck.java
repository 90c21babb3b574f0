package cn.vocstat.job;

import cn.vocstat.export.FeedbackWriter;
import cn.vocstat.export.FileFeedback;
import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.indicator.IndicatorResult;
import cn.vocstat.indicator.PriorValues;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reconcile.AcceptedVersions;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.PriorYearFigures;
import cn.vocstat.reconcile.Reconciler;
import cn.vocstat.reconcile.Resolutions;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.ShownText;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one return on its own, without the database, and writes its feedback: what a school
 * officer or the operator runs to see what the bureau's job will say about a file.
 */
public final class SingleReturnCheck {

    private SingleReturnCheck() {
    }

    public static int run(Path file, int year, Path inputDir, Path outputDir, Thresholds thresholds, PrintStream out) throws IOException {
        ReferenceData reference = ReferenceLoader.load(inputDir, year);
        ReturnReading reading = new ReturnValidator(year, reference.catalogue())
                .validate(new ReturnReader().read(file, file.getFileName().toString()));
        Consolidation consolidation = new Reconciler(year, reference, PriorYearFigures.none(), thresholds, AcceptedVersions.NONE)
                .reconcile(List.of(reading));
        IndicatorResult indicators = new IndicatorCalculator(reference.cityStatistics(), PriorValues.none(), thresholds).compute(consolidation);
        List<Finding> all = new ArrayList<>(consolidation.findings());
        all.addAll(indicators.findings());
        List<Finding> own = Resolutions.apply(all, consolidation, reference.confirmations()).stream()
                .filter(f -> f.isAbout(reading.source())).toList();
        ReturnOutcome outcome = consolidation.outcomes().stream().filter(o -> o.reading().source().equals(reading.source())).findFirst().orElseThrow();
        Files.createDirectories(outputDir);
        FeedbackWriter.Written feedback = new FeedbackWriter(reference.notice()).write(outputDir, FileFeedback.of(outcome, own));
        List<Finding> listed = new ArrayList<>(own);
        listed.addAll(feedback.findings());
        listed.sort(Finding.BY_SEVERITY_THEN_CELL);
        listed.forEach(f -> out.println(f.describe() + (f.note().isEmpty() ? "" : "（" + f.resolution().label() + "：" + f.note() + "）")));
        boolean rejected = own.stream().anyMatch(Finding::isError);
        out.println((rejected ? "结论：有错误，本表会被退回" : "结论：可以采用") + "；反馈：" + ShownText.of(feedback.workbook().toString()));
        return rejected ? ExitCodes.SOME_REJECTED : ExitCodes.ALL_ACCEPTED;
    }
}
