package cn.vocstat.job;

import cn.vocstat.export.CsvTableWriter;
import cn.vocstat.export.FeedbackWriter;
import cn.vocstat.export.OutputHistory;
import cn.vocstat.export.ReportData;
import cn.vocstat.export.ReportTables;
import cn.vocstat.export.Table;
import cn.vocstat.export.XlsxTableWriter;
import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.Reconciler;
import cn.vocstat.reconcile.Resolutions;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.rules.FileFault;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.ReadingCache;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the {@code consolidate} job for one request: reference → ingest (chunks of returns) →
 * consolidate → store → export. Steps hand over in memory, so each is re-run on restart.
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

    Job create(RunState state, List<ReturnsFolder.Entry> returnFiles, String fingerprint, RunConsole console) {
        return new JobBuilder(JOB_NAME, repository)
                .start(tasklet("reference", (contribution, chunk) -> {
                    state.reference = ReferenceLoader.load(state.request.inputDir(), state.request.year());
                    return RepeatStatus.FINISHED;
                }))
                .next(ingest(state, returnFiles, console))
                .next(tasklet("consolidate", (contribution, chunk) -> {
                    int year = state.request.year();
                    var archived = new ArchivedReturns(store, year, state.reference.catalogue());
                    var consolidation = new Reconciler(year, state.reference, store.priorSchoolFigures(year - 1), thresholds, archived)
                            .reconcile(List.copyOf(state.readings));
                    var indicators = new IndicatorCalculator(state.reference.cityStatistics(), store.priorValues(year - 1), thresholds)
                            .compute(consolidation);
                    List<Finding> found = new ArrayList<>(consolidation.findings());
                    found.addAll(indicators.findings());
                    List<Finding> findings = Resolutions.apply(found, consolidation, state.reference.confirmations());
                    state.report = new ReportData(consolidation, indicators, state.reference, findings, store.previousRun(year, runId(chunk)));
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("store", (contribution, chunk) -> {
                    ReportData data = state.report;
                    long runId = runId(chunk);
                    long started = System.nanoTime();
                    int rows = store.save(runId, fingerprint, data.consolidation(), data.indicators(), data.findings(), state.reference.catalogue())
                            + store.keepAcceptedVersions(runId, data.consolidation());
                    readingCache.dropOtherVersions();
                    double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
                    console.say("已写入数据库 %d 行，用时 %.2f 秒（%.0f 行/秒）", rows, seconds, rows / seconds);
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("feedback", (contribution, chunk) -> {
                    Files.createDirectories(state.request.feedbackDir());
                    List<Finding> faults = new FeedbackWriter().writeAll(state.request.feedbackDir(), state.report.consolidation().outcomes(),
                            state.report.findings());
                    state.report = state.report.withFindings(faults);
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("export", (contribution, chunk) -> {
                    OutputHistory.preserve(state.request.yearOutputDir(), runId(chunk), historyRuns);
                    List<Table> tables = ReportTables.build(state.report);
                    new XlsxTableWriter().write(state.request.workbook(), tables);
                    new CsvTableWriter().write(state.request.csvDir(), tables);
                    Optional<Table> changes = ReportTables.changes(tables);
                    if (changes.isPresent()) {
                        new XlsxTableWriter().write(state.request.changeReport(), List.of(changes.get()));
                    }
                    OutputHistory.markWrittenBy(state.request.yearOutputDir(), runId(chunk));
                    return RepeatStatus.FINISHED;
                }))
                .build();
    }

    /** A run is a job instance: a restart of the same input keeps its run id, and so its rows and outputs. */
    private static long runId(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
    }

    /** What ingest made of one file: the reader's output, the checked reading, and whether the content was read before. */
    private record Ingested(ReturnReading raw, ReturnReading checked, boolean unchanged) {
    }

    private Step ingest(RunState state, List<ReturnsFolder.Entry> files, RunConsole console) {
        ReturnReader reader = new ReturnReader();
        AtomicInteger done = new AtomicInteger();
        return new StepBuilder("ingest", repository)
                .<ReturnsFolder.Entry, Ingested>chunk(RETURNS_PER_CHUNK)
                .transactionManager(transactions)
                .reader(new ListItemReader<>(files))
                .processor(file -> ingest(file, reader, state))
                .taskExecutor(ingestExecutor)
                .writer(chunk -> {
                    for (Ingested item : chunk) {
                        state.readings.add(item.checked());
                        console.say(progressLine(done.incrementAndGet(), state, item));
                    }
                    readingCache.keep(chunk.getItems().stream().filter(i -> !i.unchanged()).map(Ingested::raw).toList());
                })
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * Reads one file (or takes what was read of the same content before) within its time limit and
     * checks it; a fault in our own code is that file's finding, never the end of the run.
     */
    private Ingested ingest(ReturnsFolder.Entry entry, ReturnReader reader, RunState state) {
        if (entry.skipped().isPresent()) {
            return new Ingested(entry.skipped().get(), entry.skipped().get(), false);
        }
        Path file = entry.path();
        String name = entry.name();
        SourceFile source;
        try {
            source = ReturnReader.describe(file, name);
        } catch (IOException e) {
            ReturnReading unreadable = reader.read(file, name);
            return new Ingested(unreadable, unreadable, false);
        }
        Optional<ReturnReading> cached = readingCache.find(source);
        ReturnReading raw = cached.orElseGet(() -> timeLimit.check(source, () -> reader.read(source)));
        try {
            return new Ingested(raw, new ReturnValidator(state.request.year(), state.reference.catalogue()).validate(raw), cached.isPresent());
        } catch (RuntimeException e) {
            ReturnReading fault = new ReturnReading(raw.source(), Optional.empty(), List.of(FileFault.of(raw.source(), FileStage.CHECK, e)));
            return new Ingested(fault, fault, false);
        }
    }

    private static String progressLine(int done, RunState state, Ingested item) {
        ReturnReading reading = item.checked();
        if (reading.isSkipped()) {
            return String.format("[%d/%d] %s → %s", done, state.totalReturns, reading.source().name(), reading.findings().get(0).message());
        }
        String school = reading.content().map(c -> c.schoolCode() + " " + c.schoolName()).orElse("（无法识别学校）");
        long errors = reading.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = reading.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long seconds = java.time.Duration.between(state.started, java.time.Instant.now()).toSeconds();
        return String.format("[%d/%d %d:%02d] %s → %s：错误 %d，警告 %d%s", done, state.totalReturns, seconds / 60, seconds % 60,
                reading.source().name(), school, errors, warnings, item.unchanged() ? "（内容未变，未重新读取）" : "");
    }

    private Step tasklet(String name, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).allowStartIfComplete(true).build();
    }
}
