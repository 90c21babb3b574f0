package cn.vocstat.job;

import cn.vocstat.export.FeedbackWriter;
import cn.vocstat.export.FileFeedback;
import cn.vocstat.export.OutputLayout;
import cn.vocstat.export.OutputSet;
import cn.vocstat.export.PublishedSet;
import cn.vocstat.export.ReportTables;
import cn.vocstat.report.ReportDraft;
import cn.vocstat.report.SentenceCatalogue;
import cn.vocstat.export.RunReport;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.OutputFile;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.ReadingCache;
import cn.vocstat.store.RunChanges;
import cn.vocstat.store.RunRows;
import cn.vocstat.store.RunWriter;
import cn.vocstat.store.StoredRun;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the {@code consolidate} job for one request: reference → ingest (chunks of returns, each
 * reading spilled to disk) → consolidate (the run's rows, school by school) → feedback → export →
 * publish. Steps hand over through the spill file and the run's rows, never through memory, so a
 * restart resumes at the step that failed: only the reference data is loaded again, and a step whose
 * product on disk is gone runs again. Feedback and export write into the run's staging folder from
 * the stored rows; publish puts the outputs in place and only then marks the run published. A run
 * that fails at any step leaves the published outputs and the published run as they were.
 */
@Component
class ConsolidationJobFactory {

    static final String JOB_NAME = "consolidate";
    private static final Logger LOG = LoggerFactory.getLogger(ConsolidationJobFactory.class);
    private static final int RETURNS_PER_CHUNK = 50;
    /** A publish the gate held ends with its own exit code, which the job takes on: {@code status} tells it from a failure. */
    private static final StepExecutionListener HELD_AS_SUCH = new StepExecutionListener() {
        @Override
        public ExitStatus afterStep(StepExecution step) {
            return step.getFailureExceptions().stream().anyMatch(PublishHeldException.class::isInstance)
                    ? new ExitStatus(PublishHeldException.EXIT_CODE) : step.getExitStatus();
        }
    };

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final ConsolidationStore store;
    private final RunRows rows;
    private final RunChanges changes;
    private final JdbcTemplate jdbc;
    private final ThreadPoolTaskExecutor ingestExecutor;
    private final TimeLimitedCheck timeLimit;
    private final ReadingCache readingCache;
    private final Thresholds thresholds;
    private final int historyRuns;

    ConsolidationJobFactory(JobRepository repository, PlatformTransactionManager transactions, ConsolidationStore store, RunRows rows,
                            RunChanges changes, JdbcTemplate jdbc, ThreadPoolTaskExecutor ingestExecutor, TimeLimitedCheck timeLimit,
                            ReadingCache readingCache, Thresholds thresholds, Environment environment) {
        this.repository = repository;
        this.transactions = transactions;
        this.store = store;
        this.rows = rows;
        this.changes = changes;
        this.jdbc = jdbc;
        this.ingestExecutor = ingestExecutor;
        this.timeLimit = timeLimit;
        this.readingCache = readingCache;
        this.thresholds = thresholds;
        this.historyRuns = environment.getProperty("vocstat.output.history-runs", Integer.class, 10);
    }

    /**
     * The job for the request. {@code restarted} is the run (job instance) this execution restarts,
     * if any: a step whose product is already on disk is not run again, one whose product is gone is.
     */
    Job create(RunState state, List<ReturnsFolder.Entry> entries, String fingerprint, Optional<Long> restarted, RunConsole console) {
        Path yearDir = state.request.yearOutputDir();
        int year = state.request.year();
        boolean spilled = restarted.map(id -> new ReadingSpill(OutputSet.workDir(yearDir, id)).exists()).orElse(false);
        boolean archived = restarted.map(id -> Files.isDirectory(OutputSet.archive(yearDir, year, id).dir())).orElse(false);
        boolean fedBack = archived || restarted.map(id -> Files.isDirectory(OutputSet.staging(yearDir, year, id).feedbackDir())).orElse(false);
        boolean exported = archived || restarted.map(id -> Files.isRegularFile(OutputSet.staging(yearDir, year, id).workbook())).orElse(false);
        boolean drafted = archived || restarted.map(id -> Files.isRegularFile(OutputSet.staging(yearDir, year, id).reportDraft())).orElse(false);
        return new JobBuilder(JOB_NAME, repository)
                .start(step("reference", true, (contribution, chunk) -> {
                    state.reference = ReferenceLoader.load(state.request.inputDir(), year);
                    console.say(state.reference.describeEncodings());
                    // the report's wording is the bureau's file too: a mistake in it stops the run here, with its line
                    state.sentences = SentenceCatalogue.load(state.request.inputDir());
                    return RepeatStatus.FINISHED;
                }))
                .next(ingest(state, entries, !spilled, console))
                .next(step("consolidate", false, (contribution, chunk) -> {
                    long runId = runId(chunk);
                    YearConsolidation.Stored stored = new YearConsolidation(store, jdbc, thresholds)
                            .consolidate(state, spill(state, runId), runId, fingerprint);
                    readingCache.dropOtherVersions();
                    console.detail("已写入数据库 %d 行，写入用时 %.2f 秒（%.0f 行/秒）", stored.rows(), stored.writeSeconds(),
                            stored.rows() / Math.max(stored.writeSeconds(), 1e-9));
                    return RepeatStatus.FINISHED;
                }))
                .next(step("feedback", !fedBack, (contribution, chunk) -> {
                    feedback(state, runId(chunk));
                    return RepeatStatus.FINISHED;
                }))
                .next(step("export", !exported, (contribution, chunk) -> {
                    long runId = runId(chunk);
                    OutputLayout staged = OutputSet.staging(yearDir, year, runId);
                    OutputSet.clear(staged.csvDir());
                    List<ReportTables.Placement> placed = ReportTables.write(staged, report(state, chunk),
                            List.of(state.sentences.table()));
                    placed.stream().filter(p -> p.sheetRows() < p.rows()).forEach(p -> console.say(
                            "%s 共 %,d 行，超过 %,d 行：工作簿中%s，完整内容在 csv/%s.csv 和数据库中", p.table(), p.rows(), ReportTables.SHEET_ROWS,
                            p.sheetRows() == 0 ? "没有此表" : "只有前 " + p.sheetRows() + " 行", p.table()));
                    return RepeatStatus.FINISHED;
                }))
                .next(step("draft", !drafted, (contribution, chunk) -> {
                    try {
                        ReportDraft.write(OutputSet.staging(yearDir, year, runId(chunk)), report(state, chunk), state.sentences);
                    } catch (IOException | RuntimeException e) {
                        // the draft is made from the published tables, not for them: its fault does not hold the year's outputs back
                        LOG.error("起草数据章节失败", e);
                        console.say("未能起草数据章节（%s）：其余输出照常发布，详见日志", Failures.describe(e));
                    }
                    return RepeatStatus.FINISHED;
                }))
                .next(new StepBuilder("publish", repository).tasklet((contribution, chunk) -> {
                    publish(state, runId(chunk), console);
                    return RepeatStatus.FINISHED;
                }, transactions).listener(HELD_AS_SUCH).build())
                .build();
    }

    /** What the output steps write from: the run's stored rows, its summary, and the previous published run to compare with. */
    private RunReport report(RunState state, ChunkContext chunk) {
        long runId = runId(chunk);
        Instant started = chunk.getStepContext().getStepExecution().getJobExecution().getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        return new RunReport(store.run(runId).orElseThrow(), started, state.reference, state.request.returnsDir(), rows, changes,
                changes.previousRun(state.request.year(), runId).flatMap(store::run));
    }

    private static ReadingSpill spill(RunState state, long runId) {
        return new ReadingSpill(OutputSet.workDir(state.request.yearOutputDir(), runId));
    }

    /**
     * Feedback for every file received, from the stored rows; faults met writing it are stored with
     * the run's findings (F-FILE-10), in the step's transaction.
     */
    private void feedback(RunState state, long runId) throws IOException {
        OutputLayout staged = OutputSet.staging(state.request.yearOutputDir(), state.request.year(), runId);
        OutputSet.clear(staged.feedbackDir());
        Optional<Path> previous = publishedRun(state).map(run -> OutputSet.archive(state.request.yearOutputDir(), state.request.year(),
                run.runId()).feedbackDir()).filter(Files::isDirectory);
        List<Finding> faults = new FeedbackWriter(state.reference.notice()).writeAll(staged.feedbackDir(), previous,
                each -> rows.filesWithFindings(runId, state.request.returnsDir(), file -> each.accept(new FileFeedback(file.file().source(),
                        file.file().schoolCode(), state.reference.registry().byCode(file.file().schoolCode()).map(RegisteredSchool::name)
                        .orElse(file.file().schoolName()), file.file().status(), file.file().readAsReturn(), file.findings()))));
        new RunWriter(jdbc, runId, state.request.year()).feedbackFaults(faults);
    }

    /**
     * Records what the run wrote, puts it in place and marks the run published, in this order: a
     * failure before the mark leaves the published run as it was; a repeated publish installs from
     * the archive. A run that lost much of what the published run of the year had is held first
     * ({@link PublishGate}), unless the operator asked for it. The spilled readings are no longer
     * needed then; should they resist deletion, a later run's publishing removes them.
     */
    private void publish(RunState state, long runId, RunConsole console) throws IOException {
        Path yearDir = state.request.yearOutputDir();
        int year = state.request.year();
        Optional<StoredRun> lastPublished = store.latestRunId(year).filter(id -> id != runId).flatMap(store::run);
        List<String> held = new PublishGate(thresholds).reasons(standing(store.run(runId).orElseThrow()), lastPublished.map(this::standing));
        if (!held.isEmpty()) {
            if (!state.request.acceptDrop()) {
                throw new PublishHeldException(runId, held);
            }
            console.say("按 --accept-drop 发布运行 #%d，尽管：%s", runId, String.join("；", held));
        }
        console.say("正在发布运行 #%d 的输出…", runId);
        OutputLayout staged = OutputSet.staging(yearDir, year, runId);
        Path written = Files.isDirectory(staged.dir()) ? staged.dir() : OutputSet.archive(yearDir, year, runId).dir();
        Optional<PublishedSet.Published> previous = publishedRun(state).filter(run -> run.runId() != runId)
                .map(run -> new PublishedSet.Published(run.runId(), store.outputs(run.runId())));
        List<OutputFile> manifest = OutputSet.manifest(written, previous.map(PublishedSet.Published::files).orElse(List.of()));
        store.recordOutputs(runId, manifest);
        PublishedSet.Outcome outcome = OutputSet.publish(yearDir, staged, runId, manifest, previous, historyRuns, PublishedSet.Steps.NONE);
        store.markPublished(runId);
        console.sayKept(outcome);
        try {
            spill(state, runId).delete();
        } catch (IOException e) {
            LOG.warn("运行 #{} 已发布，但其中间文件未能删除（下一次运行会清理）", runId, e);
        }
    }

    private PublishGate.Standing standing(StoredRun run) {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        rows.cityIndicatorValues(run.runId(), value -> {
            if (value.value() != null) {
                values.put(value.indicator(), value.value());
            }
        });
        return new PublishGate.Standing(run, values);
    }

    /** The run whose outputs are in this output folder now, if the latest published run of the year published here. */
    private Optional<StoredRun> publishedRun(RunState state) {
        String here = state.request.outputDir().toAbsolutePath().toString();
        return store.latestRunId(state.request.year()).flatMap(store::run).filter(run -> here.equals(run.outputDir()));
    }

    /** A run is a job instance: a restart of the same input keeps its run id, and so its rows and outputs. */
    private static long runId(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
    }

    /**
     * Reads and checks the returns, a chunk at a time and in parallel, and spills each checked reading;
     * nothing of them stays in memory. It runs again on restart while the spill is missing.
     */
    private Step ingest(RunState state, List<ReturnsFolder.Entry> entries, boolean alwaysRun, RunConsole console) {
        ReturnReader reader = new ReturnReader();
        FileIngest files = new FileIngest(source -> state.listing.sha256Of(source.path()), readingCache::find, received -> timeLimit.check(received.source(), FileStage.READ, () -> reader.read(received)),
                raw -> timeLimit.check(raw.source(), FileStage.CHECK, () -> new ReturnValidator(state.request.year(), state.reference.catalogue()).validate(raw)));
        AtomicInteger done = new AtomicInteger();
        AtomicReference<ReadingSpill> spill = new AtomicReference<>();
        return new StepBuilder("ingest", repository)
                .<ReturnsFolder.Entry, FileIngest.Ingested>chunk(RETURNS_PER_CHUNK)
                .transactionManager(transactions)
                .reader(new ListItemReader<>(entries))
                .processor(files::ingest)
                .taskExecutor(ingestExecutor)
                .writer(chunk -> {
                    for (FileIngest.Ingested item : chunk) {
                        spill.get().append(item.spilled());
                        console.say(progressLine(done.incrementAndGet(), state, item));
                    }
                    readingCache.keep(chunk.getItems().stream().map(FileIngest.Ingested::cached).toList());
                })
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        spill.set(spill(state, step.getJobExecution().getJobInstanceId()));
                        try {
                            spill.get().create();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        try {
                            spill.get().close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return step.getExitStatus();
                    }
                })
                .allowStartIfComplete(alwaysRun)
                .build();
    }

    private static String progressLine(int done, RunState state, FileIngest.Ingested item) {
        ReturnReading reading = item.checked();
        if (reading.isSkipped()) {
            return String.format("[%d/%d] %s → %s", done, state.totalReturns, reading.source().name(), reading.findings().get(0).message());
        }
        String school = reading.content().map(c -> c.schoolCode() + " " + state.reference.registry().byCode(c.schoolCode())
                .map(RegisteredSchool::name).orElse(c.schoolName())).orElse("（无法识别学校）");
        Map<String, Integer> byRule = new HashMap<>();
        reading.findings().forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum));
        state.countedWhenRead.put(reading.source().key(), byRule);
        long errors = reading.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = reading.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long seconds = Duration.between(state.started, Instant.now()).toSeconds();
        return String.format("[%d/%d %d:%02d] %s → %s：错误 %d，警告 %d%s", done, state.totalReturns, seconds / 60, seconds % 60,
                reading.source().name(), school, errors, warnings, item.unchanged() ? "（内容未变，未重新读取）" : "");
    }

    private Step step(String name, boolean alwaysRun, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).allowStartIfComplete(alwaysRun).build();
    }
}
