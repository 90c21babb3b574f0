package cn.vocstat.job;

import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.indicator.IndicatorResult;
import cn.vocstat.indicator.Totals;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reconcile.AcceptedVersions;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.Reconciler;
import cn.vocstat.reconcile.Resolutions;
import cn.vocstat.reconcile.SchoolCheck;
import cn.vocstat.reconcile.SchoolWork;
import cn.vocstat.reference.MajorCatalogue;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.RunWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consolidate step: reconciles the readings ingest spilled, computes the indicators and stores
 * the run's rows. The reconciliation holds each return's 基本信息 only; each accepted return is then
 * read whole from the spill, one at a time, its indicators computed, its rows written and its figures
 * added to the city's totals, and forgotten. A fault in that work on one return fails that return
 * alone (F-FILE-06), before any city figure counts it.
 */
final class YearConsolidation {

    private final ConsolidationStore store;
    private final JdbcTemplate jdbc;
    private final Thresholds thresholds;

    YearConsolidation(ConsolidationStore store, JdbcTemplate jdbc, Thresholds thresholds) {
        this.store = store;
        this.jdbc = jdbc;
        this.thresholds = thresholds;
    }

    /** What the step stored: rows, and the seconds spent in writing them. */
    record Stored(int rows, double writeSeconds) {
    }

    /** Consolidates the year into the run's rows. */
    Stored consolidate(RunState state, ReadingSpill spill, long runId, String fingerprint) throws IOException {
        int year = state.request.year();
        ReferenceData reference = state.reference;
        List<ReturnReading> readings = new ArrayList<>();
        Map<String, Long> offsets = new HashMap<>();
        spill.forEachLight(entry -> {
            readings.add(entry.reading());
            offsets.put(entry.reading().source().key(), entry.offset());
        });
        ArchivedReturns archive = new ArchivedReturns(store, year, reference.catalogue());
        AcceptedVersions lightVersions = (y, code) -> archive.lastAccepted(y, code)
                .map(r -> new ReturnReading(r.source(), r.content().map(SchoolReturn::light), r.findings()));
        IndicatorCalculator calculator = new IndicatorCalculator(reference.cityStatistics(), store.priorValues(year - 1), thresholds);
        RunWriter writer = new RunWriter(jdbc, runId, year);
        SpilledSchools schools = new SpilledSchools(year, spill, offsets, archive, calculator, writer, reference.catalogue());
        Consolidation consolidation = new Reconciler(year, reference, store.priorSchoolFigures(year - 1), thresholds, lightVersions, schools)
                .reconcile(readings);
        IndicatorResult city = calculator.city(schools.totals, year, consolidation.expected().size());
        writer.indicators(city.values(), 0);
        Set<Finding> found = new LinkedHashSet<>(consolidation.findings());
        found.addAll(city.findings());
        found.addAll(schools.findings);
        writer.sources(consolidation.outcomes());
        writer.findings(Resolutions.apply(new ArrayList<>(found), consolidation, reference.confirmations()));
        writer.run(fingerprint, consolidation, state.request.outputDir().toAbsolutePath().toString());
        return new Stored(writer.rows(), writer.writeSeconds());
    }

    /**
     * The accepted returns of a pass: fetched whole (from the spill, or from the archive for a
     * version carried over), their indicators computed and checked storable, then stored and added
     * to the city's totals. A new pass forgets the rows and totals of the one before.
     */
    private static final class SpilledSchools implements SchoolWork {
        private final int year;
        private final ReadingSpill spill;
        private final Map<String, Long> offsets;
        private final AcceptedVersions archive;
        private final IndicatorCalculator calculator;
        private final RunWriter writer;
        private final MajorCatalogue catalogue;
        private Totals totals = new Totals();
        private final List<Finding> findings = new ArrayList<>();
        private IndicatorResult own;

        SpilledSchools(int year, ReadingSpill spill, Map<String, Long> offsets, AcceptedVersions archive, IndicatorCalculator calculator,
                       RunWriter writer, MajorCatalogue catalogue) {
            this.year = year;
            this.spill = spill;
            this.offsets = offsets;
            this.archive = archive;
            this.calculator = calculator;
            this.writer = writer;
            this.catalogue = catalogue;
        }

        @Override
        public void begin() {
            writer.clear();
            totals = new Totals();
            findings.clear();
        }

        @Override
        public AcceptedReturn whole(AcceptedReturn school) {
            SchoolReturn content = school.carriedOver()
                    ? archive.lastAccepted(year, school.school().code()).flatMap(ReturnReading::content).orElseThrow()
                    : spill.content(offsets.get(school.content().source().key()));
            return new AcceptedReturn(school.school(), content, school.carriedOver());
        }

        @Override
        public List<SchoolCheck> checks() {
            return List.of(
                    new SchoolCheck(FileStage.CONSOLIDATE, school -> own = calculator.school(school, year)),
                    new SchoolCheck(FileStage.STORE, school -> RunWriter.checkStorable(year, school, catalogue)));
        }

        @Override
        public void accept(AcceptedReturn whole, int position) {
            writer.school(whole, position, catalogue);
            writer.indicators(own.values(), position + 1);
            writer.version(whole);
            totals.add(whole.content());
            findings.addAll(own.findings());
        }
    }
}
