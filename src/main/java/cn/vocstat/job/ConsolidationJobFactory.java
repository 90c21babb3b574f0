package cn.vocstat.job;

import cn.vocstat.export.CsvTableWriter;
import cn.vocstat.export.FeedbackWriter;
import cn.vocstat.export.OutputSet;
import cn.vocstat.export.ReportData;
import cn.vocstat.export.ReportTables;
import cn.vocstat.export.Table;
import cn.vocstat.export.XlsxTableWriter;
import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.indicator.IndicatorResult;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.OutputFile;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.Reconciler;
import cn.vocstat.reconcile.Resolutions;
import cn.vocstat.reconcile.SchoolCheck;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.ReadingCache;
import cn.vocstat.store.StoredRun;
import cn.vocstat.validate.ReturnValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the {@code consolidate} job for one request: reference → ingest (chunks of returns) →
 * consolidate → feedback → export → store → publish. Feedback and export write into the run's
 * staging folder; the store step saves the run's rows and the manifest of its outputs in one
 * transaction; publish puts the outputs in place and only then marks the run published. A run that
 * fails at any step leaves the published outputs and the published run as they were. Steps hand
 * over in memory, so each is re-run on restart.
 */
@Component
class ConsolidationJobFactory {

    static final String JOB_NAME = "consolidate";
    private static final int RETURNS_PER_CHUNK = 10;

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final ConsolidationStore store;
    private final ThreadPoolTaskExecutor ingestExecutor;
    private final TimeLimitedCheck timeLimit;
    private final ReadingCache readingCache;
    private final Thresholds thresholds;
    private final int historyRuns;

    ConsolidationJobFactory(JobRepository repository, PlatformTransactionManager transactions, ConsolidationStore store,
                            ThreadPoolTaskExecutor ingestExecutor, TimeLimitedCheck timeLimit, ReadingCache readingCache,
                            Thresholds thresholds, Environment environment) {
        this.repository = repository;
        this.transactions = transactions;
        this.store = store;
        this.ingestExecutor = ingestExecutor;
        this.timeLimit = timeLimit;
        this.readingCache = readingCache;
        this.thresholds = thresholds;
        this.historyRuns = environment.getProperty("vocstat.output.history-runs", Integer.class, 10);
    }

    Job create(RunState state, List<ReturnsFolder.Entry> entries, String fingerprint, RunConsole console) {
        return new JobBuilder(JOB_NAME, repository)
                .start(tasklet("reference", (contribution, chunk) -> {
                    state.reference = ReferenceLoader.load(state.request.inputDir(), state.request.year());
                    return RepeatStatus.FINISHED;
                }))
                .next(ingest(state, entries, console))
                .next(tasklet("consolidate", (contribution, chunk) -> {
                    state.report = consolidate(state, runId(chunk));
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("feedback", (contribution, chunk) -> {
                    state.staged = OutputSet.staging(state.request.yearOutputDir(), state.request.year(), runId(chunk));
                    Optional<Path> previous = publishedRun(state).map(run -> OutputSet.archive(state.request.yearOutputDir(),
                            state.request.year(), run.runId()).feedbackDir()).filter(Files::isDirectory);
                    List<Finding> faults = new FeedbackWriter().writeAll(state.staged.feedbackDir(), previous,
                            state.report.consolidation().outcomes(), state.report.findings());
                    state.report = state.report.withFindings(faults);
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("export", (contribution, chunk) -> {
                    List<Table> tables = ReportTables.build(state.report);
                    new XlsxTableWriter().write(state.staged.workbook(), tables);
                    new CsvTableWriter().write(state.staged.csvDir(), tables);
                    Optional<Table> changes = ReportTables.changes(tables);
                    if (changes.isPresent()) {
                        new XlsxTableWriter().write(state.staged.changeReport(), List.of(changes.get()));
                    }
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("store", (contribution, chunk) -> {
                    ReportData data = state.report;
                    long runId = runId(chunk);
                    long started = System.nanoTime();
                    state.manifest = OutputSet.manifest(state.staged.dir());
                    int rows = store.save(runId, fingerprint, data.consolidation(), data.indicators(), data.findings(), state.reference.catalogue(),
                            state.request.outputDir().toAbsolutePath().toString(), state.manifest)
                            + store.keepAcceptedVersions(runId, data.consolidation());
                    readingCache.dropOtherVersions();
                    double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
                    console.say("已写入数据库 %d 行，用时 %.2f 秒（%.0f 行/秒）", rows, seconds, rows / seconds);
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("publish", (contribution, chunk) -> {
                    long runId = runId(chunk);
                    List<OutputFile> before = publishedRun(state).filter(run -> run.runId() != runId).map(run -> store.outputs(run.runId())).orElse(List.of());
                    OutputSet.publish(state.request.yearOutputDir(), state.staged, runId, state.manifest, before, historyRuns);
                    store.markPublished(runId);
                    return RepeatStatus.FINISHED;
                }))
                .build();
    }

    /** The run whose outputs are in this output folder now, if the latest published run of the year published here. */
    private Optional<StoredRun> publishedRun(RunState state) {
        String here = state.request.outputDir().toAbsolutePath().toString();
        return store.latestRunId(state.request.year()).flatMap(store::run).filter(run -> here.equals(run.outputDir()));
    }

    /**
     * Reconciles the year and computes its indicators. Each accepted return's own indicators and
     * database rows are tried before any city figure counts it, so a fault in them fails that return alone.
     */
    private ReportData consolidate(RunState state, long runId) {
        int year = state.request.year();
        var catalogue = state.reference.catalogue();
        var calculator = new IndicatorCalculator(state.reference.cityStatistics(), store.priorValues(year - 1), thresholds);
        List<SchoolCheck> checks = List.of(
                new SchoolCheck(FileStage.CONSOLIDATE, school -> calculator.school(school, year)),
                new SchoolCheck(FileStage.STORE, school -> ConsolidationStore.checkStorable(year, school, catalogue)));
        Consolidation consolidation = new Reconciler(year, state.reference, store.priorSchoolFigures(year - 1), thresholds,
                new ArchivedReturns(store, year, catalogue), checks).reconcile(List.copyOf(state.readings));
        IndicatorResult indicators = calculator.compute(consolidation);
        List<Finding> found = new ArrayList<>(consolidation.findings());
        found.addAll(indicators.findings());
        List<Finding> findings = Resolutions.apply(found, consolidation, state.reference.confirmations());
        return new ReportData(consolidation, indicators, state.reference, findings, store.previousRun(year, runId));
    }

    /** A run is a job instance: a restart of the same input keeps its run id, and so its rows and outputs. */
    private static long runId(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
    }

    private Step ingest(RunState state, List<ReturnsFolder.Entry> entries, RunConsole console) {
        ReturnReader reader = new ReturnReader();
        FileIngest files = new FileIngest(readingCache::find, source -> timeLimit.check(source, () -> reader.read(source)),
                raw -> new ReturnValidator(state.request.year(), state.reference.catalogue()).validate(raw));
        AtomicInteger done = new AtomicInteger();
        return new StepBuilder("ingest", repository)
                .<ReturnsFolder.Entry, FileIngest.Ingested>chunk(RETURNS_PER_CHUNK)
                .transactionManager(transactions)
                .reader(new ListItemReader<>(entries))
                .processor(files::ingest)
                .taskExecutor(ingestExecutor)
                .writer(chunk -> {
                    for (FileIngest.Ingested item : chunk) {
                        state.readings.add(item.checked());
                        console.say(progressLine(done.incrementAndGet(), state, item));
                    }
                    readingCache.keep(chunk.getItems().stream().filter(i -> !i.unchanged()).map(FileIngest.Ingested::raw).toList());
                })
                .allowStartIfComplete(true)
                .build();
    }

    private static String progressLine(int done, RunState state, FileIngest.Ingested item) {
        ReturnReading reading = item.checked();
        if (reading.isSkipped()) {
            return String.format("[%d/%d] %s → %s", done, state.totalReturns, reading.source().name(), reading.findings().get(0).message());
        }
        String school = reading.content().map(c -> c.schoolCode() + " " + c.schoolName()).orElse("（无法识别学校）");
        long errors = reading.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = reading.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long seconds = Duration.between(state.started, Instant.now()).toSeconds();
        return String.format("[%d/%d %d:%02d] %s → %s：错误 %d，警告 %d%s", done, state.totalReturns, seconds / 60, seconds % 60,
                reading.source().name(), school, errors, warnings, item.unchanged() ? "（内容未变，未重新读取）" : "");
    }

    private Step tasklet(String name, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).allowStartIfComplete(true).build();
    }
}
