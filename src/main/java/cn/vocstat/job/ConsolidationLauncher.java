package cn.vocstat.job;

import cn.vocstat.export.OutputLayout;
import cn.vocstat.export.OutputSet;
import cn.vocstat.export.PublishedSet;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.OutputFile;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.RunChanges;
import cn.vocstat.store.FileStates;
import cn.vocstat.store.RunRows;
import cn.vocstat.store.RunRows.FileFindings;
import cn.vocstat.store.StoredRun;
import cn.vocstat.store.YearLock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Launches the consolidation for a year and tells the operator what happened. The identifying job
 * parameters are the year and the input fingerprint: an unchanged rerun is the same, completed,
 * job instance and is not redone (its outputs are checked, and restored from its archive when
 * missing or altered); changed input is a new instance; a failed one is restarted. One run of a year
 * at a time per database: the year's database lock is held for the whole run.
 */
@Component
public class ConsolidationLauncher {

    private static final int FINDINGS_SHOWN_PER_FILE = 5;
    private static final int FILES_NAMED = 5;

    private final ConsolidationJobFactory jobs;
    private final JobOperator operator;
    private final JobRepository repository;
    private final ConsolidationStore store;
    private final RunRows rows;
    private final FileStates fileStates;
    private final YearLock yearLock;
    private final Thresholds thresholds;
    private final RunChanges changes;
    /** The database the run writes to, for a failure line to name it. */
    private final String databaseUrl;

    ConsolidationLauncher(ConsolidationJobFactory jobs, JobOperator operator, JobRepository repository, ConsolidationStore store,
                          RunRows rows, FileStates fileStates, YearLock yearLock, Thresholds thresholds, RunChanges changes,
                          @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jobs = jobs;
        this.operator = operator;
        this.repository = repository;
        this.store = store;
        this.rows = rows;
        this.fileStates = fileStates;
        this.yearLock = yearLock;
        this.thresholds = thresholds;
        this.changes = changes;
        this.databaseUrl = databaseUrl;
    }

    /** Runs the year's consolidation; the caller holds the output folder's {@link RunLock}. {@code logFile} is named on failure. */
    public RunOutcome run(RunRequest request, PrintStream out, Path logFile) {
        RunConsole console = new RunConsole(out, logFile, request.verbose());
        if (!Files.isDirectory(request.returnsDir())) {
            console.say("找不到报表目录 " + request.returnsDir() + "：请把各校报表放在 <输入目录>/<年度>/returns/ 下");
            return new RunOutcome(ExitCodes.FAILED, null);
        }
        Optional<YearLock.Held> lock;
        try {
            lock = yearLock.tryAcquire(request.year());
        } catch (Exception e) {
            console.failed("无法取得年度运行锁：" + Failures.describe(e, databaseUrl), e);
            return new RunOutcome(ExitCodes.FAILED, null);
        }
        if (lock.isEmpty()) {
            console.say("另一次 " + request.year() + " 年度汇总正在同一数据库上运行（可能来自另一个输出目录），本次未执行。");
            return new RunOutcome(ExitCodes.ALREADY_RUNNING, null);
        }
        try (YearLock.Held held = lock.get()) {
            return runLocked(request, console);
        } catch (Exception e) {
            console.failed("汇总失败：" + Failures.describe(e, databaseUrl), e);
            return new RunOutcome(ExitCodes.FAILED, null);
        }
    }

    private RunOutcome runLocked(RunRequest request, RunConsole console) throws Exception {
        List<ReturnsFolder.Entry> files;
        try {
            files = InputFiles.returns(request);
        } catch (IOException e) {
            console.failed("无法列出报表目录 " + request.returnsDir() + "（" + Failures.describe(e) + "）：请检查目录权限", e);
            return new RunOutcome(ExitCodes.FAILED, null);
        }
        String prior = store.latestRunId(request.year() - 1).map(String::valueOf).orElse("none");
        // Besides the files, a run's result depends on the prior year's data, the thresholds and the reader.
        FileStates.Session hashes = fileStates.open();
        InputFiles.Listing listing = InputFiles.list(request, "prior-year-run:" + prior + "|thresholds:" + thresholds.describe()
                + "|reader:" + ReturnReader.VERSION, hashes);
        hashes.save();
        String fingerprint = listing.fingerprint();
        JobParameters parameters = parameters(request, fingerprint).toJobParameters();
        settle(request, console, "上次发布");
        console.say("vocstat " + request.year() + " 年度汇总：输入指纹 " + fingerprint.substring(0, 12));
        try {
            JobExecution last = repository.getLastJobExecution(ConsolidationJobFactory.JOB_NAME, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return unchanged(request, files, listing, console);
            }
            failInterruptedExecutions(parameters, console);
            return start(request, files, listing, parameters, console);
        } catch (JobInstanceAlreadyCompleteException e) {
            return unchanged(request, files, listing, console);
        } catch (JobExecutionAlreadyRunningException e) {
            console.say("已有一次相同输入的汇总正在运行，本次未执行。");
            return new RunOutcome(ExitCodes.ALREADY_RUNNING, null);
        }
    }

    private static JobParametersBuilder parameters(RunRequest request, String fingerprint) {
        return new JobParametersBuilder()
                .addLong("year", (long) request.year())
                .addString("fingerprint", fingerprint)
                .addString("input", request.inputDir().toAbsolutePath().toString(), false)
                .addString("output", request.outputDir().toAbsolutePath().toString(), false);
    }

    private RunOutcome start(RunRequest request, List<ReturnsFolder.Entry> files, InputFiles.Listing listing, JobParameters parameters,
                             RunConsole console)
            throws Exception {
        RunState state = new RunState(request, files.size(), listing);
        Optional<Long> restarted = Optional.ofNullable(operator.getJobInstance(ConsolidationJobFactory.JOB_NAME, parameters))
                .map(JobInstance::getInstanceId);
        Job job = jobs.create(state, files, listing.fingerprint(), restarted, console);
        try (HeapWatch heap = new HeapWatch()) {
            return report(operator.start(job, parameters), state, heap, console);
        }
    }

    /**
     * Under the year's lock, an execution of this instance that the repository shows as running, or as
     * UNKNOWN (its end could not be recorded, e.g. the database went away), belongs to a process that
     * is gone. It is marked FAILED so that the same command restarts it. That is safe for this job: a
     * restart resumes at the step that did not complete, each step's rows are written in one
     * transaction and replace those of an earlier attempt, and publishing is repeated whole.
     */
    private void failInterruptedExecutions(JobParameters parameters, RunConsole console) throws Exception {
        JobInstance instance = operator.getJobInstance(ConsolidationJobFactory.JOB_NAME, parameters);
        if (instance == null) {
            return;
        }
        for (JobExecution execution : repository.getJobExecutions(instance)) {
            BatchStatus status = execution.getStatus();
            if (execution.isRunning()) {
                operator.recover(execution);
            } else if (status == BatchStatus.UNKNOWN) {
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        repository.update(step);
                    }
                }
                execution.setStatus(BatchStatus.FAILED);
                repository.update(execution);
            } else {
                continue;
            }
            console.say("上次运行（#" + instance.getInstanceId() + "）未正常结束（" + RunHistory.label(status) + "），已标记为失败，现重新运行。");
        }
    }

    /**
     * The input is that of a completed run: nothing is recomputed. Its outputs are checked against
     * what it wrote; missing or altered ones are copied back from its archive (a changed one kept
     * aside first), and when another run's outputs are in force here its set is put back whole;
     * when the archive is gone too, the run is made again under a new run id, with the same figures.
     */
    private RunOutcome unchanged(RunRequest request, List<ReturnsFolder.Entry> files, InputFiles.Listing listing, RunConsole console)
            throws Exception {
        Optional<StoredRun> found = store.latestPublished(request.year(), listing.fingerprint());
        if (found.isEmpty()) {
            console.say("输入与一次已完成的运行相同，但该运行没有发布记录：重新汇总。");
            return rebuild(request, files, listing, console);
        }
        StoredRun run = found.get();
        List<OutputFile> written = store.outputs(run.runId());
        if (written.isEmpty()) {
            console.say("输入自运行 #" + run.runId() + " 以来没有变化，但该运行（旧版本）没有输出清单：重新生成输出。");
            return rebuild(request, files, listing, console);
        }
        PublishedSet set = new PublishedSet(request.yearOutputDir(), PublishedSet.Steps.NONE);
        if (set.isInForce(run.runId(), written)) {
            console.say("输入自上次完成的运行（#" + run.runId() + "）以来没有变化：未重新计算，输出完好、保持不变。");
            return completed(run);
        }
        Path archive = OutputSet.archive(Path.of(run.outputDir()).resolve(String.valueOf(request.year())), request.year(), run.runId()).dir();
        List<OutputFile> lost;
        String restored;
        if (set.isCurrent(run.runId())) {
            PublishedSet.Repair repair = set.repair(archive, run.runId(), written);
            lost = repair.lost();
            restored = repair.restored().isEmpty() ? "被删除的输出链接已重建（" + String.join("、", repair.relinked()) + "）"
                    : repair.restored().size() + " 个缺失或被改动的输出文件已从该运行的存档恢复（" + names(repair.restored()) + "）";
        } else {
            lost = set.install(archive, run.runId(), written, publishedHere(request).filter(id -> id != run.runId())
                    .map(id -> new PublishedSet.Published(id, store.outputs(id))));
            restored = "本目录发布的不是该运行的输出，已从该运行的存档恢复其全部 " + written.size() + " 个文件";
        }
        if (!lost.isEmpty()) {
            console.say("输入自运行 #" + run.runId() + " 以来没有变化，但有 " + lost.size() + " 个输出文件缺失或被改动（" + names(lost)
                    + "），存档 " + archive + " 中也已不全：重新汇总。");
            return rebuild(request, files, listing, console);
        }
        store.markPublished(run.runId());
        console.say("输入自运行 #" + run.runId() + " 以来没有变化：未重新计算；" + restored + "。");
        console.sayKept(set.outcome());
        return completed(run);
    }

    /** The run whose outputs this folder shows, when the year's latest published run published here. */
    private Optional<Long> publishedHere(RunRequest request) {
        String here = request.outputDir().toAbsolutePath().toString();
        return store.latestRunId(request.year()).flatMap(store::run).filter(run -> here.equals(run.outputDir())).map(StoredRun::runId);
    }

    /**
     * A run that failed after its publish switched the outputs (its mark as published could not be
     * committed) puts the published run's set back at once; where even that fails, the next run does.
     */
    private void keepPublishedInForce(RunRequest request, RunConsole console) {
        try {
            settle(request, console, "本次发布");
        } catch (Exception e) {
            console.failed("未能确认输出目录仍是已发布的运行的输出（" + Failures.describe(e) + "）：下一次运行开始时会再检查并恢复", e);
        }
    }

    /**
     * A publish killed after it switched the outputs but before the run was marked published leaves
     * this folder showing a run the database does not: the published run's set is put back in force,
     * so the folder and the database views agree (a restart of that run publishes it again).
     */
    private void settle(RunRequest request, RunConsole console, String whichPublish) throws IOException {
        PublishedSet set = new PublishedSet(request.yearOutputDir(), PublishedSet.Steps.NONE);
        OptionalLong shown = set.current();
        Optional<Long> published = publishedHere(request);
        if (shown.isEmpty() || published.isEmpty() || shown.getAsLong() == published.get()) {
            return;
        }
        long runId = published.get();
        Path archive = OutputSet.archive(request.yearOutputDir(), request.year(), runId).dir();
        List<OutputFile> lost = set.install(archive, runId, store.outputs(runId), Optional.empty());
        if (lost.isEmpty()) {
            console.say(whichPublish + "在切换输出后中断（运行 #" + shown.getAsLong() + " 未记为已发布）：输出已恢复为已发布的运行 #" + runId + " 的。");
        } else {
            console.say("输出目录显示的是未记为已发布的运行 #" + shown.getAsLong() + " 的输出，已发布的运行 #" + runId + " 的存档又已不全（" + names(lost)
                    + " 等）：本次运行发布后即恢复一致");
        }
    }

    /** The same input as a completed run, made again as a new run: only when that run's outputs cannot be restored. */
    private RunOutcome rebuild(RunRequest request, List<ReturnsFolder.Entry> files, InputFiles.Listing listing, RunConsole console)
            throws Exception {
        JobParameters again = parameters(request, listing.fingerprint()).addString("rebuild", Instant.now().toString()).toJobParameters();
        return start(request, files, listing, again, console);
    }

    private static Optional<PublishHeldException> held(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PublishHeldException held) {
                return Optional.of(held);
            }
        }
        return Optional.empty();
    }

    /**
     * The findings the checks after reading (registry, prior year, across schools) added to a file its
     * progress line counted: one line naming them, so that the lines and the summary add up.
     */
    private static void foundLaterIn(FileFindings file, RunState state, List<String> lines, int[] files) {
        Map<String, Integer> whenRead = state.countedWhenRead.get(file.file().source().key());
        if (whenRead == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>(whenRead);
        List<String> added = new ArrayList<>();
        for (Finding finding : file.findings()) {
            if (seen.merge(finding.rule().id(), -1, Integer::sum) < 0) {
                added.add("[" + finding.severity().label() + " " + finding.rule().id() + "] " + finding.rule().title());
            }
        }
        if (added.isEmpty()) {
            return;
        }
        files[0]++;
        if (lines.size() < FILES_NAMED * 4) {
            lines.add("  " + file.file().source().name() + "：" + String.join("，", added.stream().distinct().limit(FINDINGS_SHOWN_PER_FILE).toList())
                    + (added.stream().distinct().count() > FINDINGS_SHOWN_PER_FILE ? " 等" : ""));
        }
    }

    private static String names(List<OutputFile> files) {
        String shown = String.join("、", files.stream().limit(FILES_NAMED).map(OutputFile::path).toList());
        return files.size() > FILES_NAMED ? shown + " 等" : shown;
    }

    private static RunOutcome completed(StoredRun run) {
        boolean complete = run.rejected() == 0 && run.missing() == 0;
        return new RunOutcome(complete ? ExitCodes.ALL_ACCEPTED : ExitCodes.SOME_REJECTED, run.runId());
    }

    /** What the operator reads after a run: the files rejected and why, the versions carried over, the schools missing, the totals. */
    private RunOutcome report(JobExecution execution, RunState state, HeapWatch heap, RunConsole console) {
        long runId = execution.getJobInstanceId();
        Optional<PublishHeldException> held = execution.getAllFailureExceptions().stream().map(ConsolidationLauncher::held)
                .flatMap(Optional::stream).findFirst();
        if (held.isPresent()) {
            console.say("运行 #" + runId + " 已完成汇总，但暂不发布，因为：");
            held.get().reasons().forEach(reason -> console.say("  " + reason));
            console.say("已发布的输出保持不变。请先检查报表目录、学校名录和市级统计；若确属实际情况，在同一命令后加 --accept-drop 重新运行即发布本次结果（不重新计算）。");
            console.pointToLog();
            return new RunOutcome(ExitCodes.FAILED, runId);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            console.say("汇总失败（运行 #" + runId + "，" + RunHistory.label(execution.getStatus()) + "）：");
            execution.getAllFailureExceptions().stream().map(e -> Failures.describe(e, databaseUrl)).distinct().forEach(m -> console.say("  " + m));
            keepPublishedInForce(state.request, console);
            console.say("已发布的输出保持不变。排除原因后用相同命令重新运行，即从失败处重新开始。");
            console.pointToLog();
            return new RunOutcome(ExitCodes.FAILED, runId);
        }
        List<String> foundLater = new ArrayList<>();
        int[] filesFoundLater = {0};
        rows.filesWithFindings(runId, state.request.returnsDir(), file -> {
            foundLaterIn(file, state, foundLater, filesFoundLater);
            if (file.file().status() == ReturnStatus.REJECTED) {
                console.say("退回 " + file.file().source().name() + "：");
                file.findings().stream().filter(Finding::isError).limit(FINDINGS_SHOWN_PER_FILE).forEach(f -> console.say("  " + f.describe()));
                long more = file.file().errors() - FINDINGS_SHOWN_PER_FILE;
                if (more > 0) {
                    console.say("  …… 另有 " + more + " 个错误，见 数据质量 表");
                }
            } else if (file.file().status() == ReturnStatus.SKIPPED && !file.findings().isEmpty()
                    && file.findings().get(0).rule() == Rule.ENTRY_SKIPPED) {
                console.say("未读取 " + file.file().source().name() + "：" + file.findings().get(0).message());
            }
        });
        if (filesFoundLater[0] > 0) {
            console.say("汇总核对（对照名录、上年数据和各校之间）又发现了 %d 个文件的问题（逐个文件的计数是读取时的）：", filesFoundLater[0]);
            foundLater.forEach(console::say);
            if (filesFoundLater[0] > foundLater.size()) {
                console.say("  ……另有 %d 个文件，见 数据质量 表", filesFoundLater[0] - foundLater.size());
            }
        }
        Set<String> accepted = new HashSet<>();
        rows.schools(runId, List.of(), school -> {
            accepted.add(school.code());
            if (school.carriedOver()) {
                console.say("沿用：" + school.code() + " " + school.name() + " 上次采用的 " + school.fileName());
            }
        });
        state.reference.registry().counted().stream().filter(s -> !accepted.contains(s.code()))
                .forEach(s -> console.say("缺报：" + s.code() + " " + s.name()));
        ChangedSchools.say(changes, state.request.year(), runId, console);
        StoredRun run = store.run(runId).orElseThrow();
        console.say("完成（运行 #%d）：%s；应报 %d 所，缺报 %d 所；错误 %d，警告 %d，提示 %d", runId, rows.fileTally(runId).describe(),
                run.expected(), run.missing(), run.errors(), run.warnings(), rows.findingCount(runId, Severity.INFO));
        OutputLayout published = state.request.published();
        console.say("输出：" + published.workbook() + "，" + published.csvDir() + "/，数据章节 " + published.reportDraft() + "，学校反馈 "
                + published.feedbackDir() + "/");
        RunMetrics metrics = RunMetrics.of(execution, run.received(), heap);
        console.sayOrLog(metrics.brief(), metrics.describe());
        return completed(run);
    }
}
