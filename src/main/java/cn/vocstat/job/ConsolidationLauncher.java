package cn.vocstat.job;

import cn.vocstat.export.ReportData;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import java.io.IOException;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.ConsolidationStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.springframework.stereotype.Component;

/**
 * Launches the consolidation for a year and tells the operator what happened. The identifying job
 * parameters are the year and the input fingerprint: an unchanged rerun is the same, completed,
 * job instance and is not redone; changed input is a new instance; a failed one is restarted.
 */
@Component
public class ConsolidationLauncher {

    private static final int FINDINGS_SHOWN_PER_FILE = 5;

    private final ConsolidationJobFactory jobs;
    private final JobOperator operator;
    private final JobRepository repository;
    private final ConsolidationStore store;
    private final Thresholds thresholds;

    ConsolidationLauncher(ConsolidationJobFactory jobs, JobOperator operator, JobRepository repository, ConsolidationStore store,
                          Thresholds thresholds) {
        this.jobs = jobs;
        this.operator = operator;
        this.repository = repository;
        this.store = store;
        this.thresholds = thresholds;
    }

    /** Runs the year's consolidation; the caller holds the year's {@link RunLock}. */
    public RunOutcome run(RunRequest request, PrintStream out) {
        RunConsole console = new RunConsole(out);
        if (!Files.isDirectory(request.returnsDir())) {
            console.say("找不到报表目录 " + request.returnsDir() + "：请把各校报表放在 <输入目录>/<年度>/returns/ 下");
            return new RunOutcome(ExitCodes.FAILED, null);
        }
        List<ReturnsFolder.Entry> files;
        try {
            files = InputFiles.returns(request);
        } catch (IOException e) {
            console.say("无法列出报表目录 " + request.returnsDir() + "（" + Failures.describe(e) + "）：请检查目录权限");
            return new RunOutcome(ExitCodes.FAILED, null);
        }
        String prior = store.latestRunId(request.year() - 1).map(String::valueOf).orElse("none");
        // Besides the files, a run's result depends on the prior year's data, the thresholds and the reader.
        String fingerprint = InputFiles.fingerprint(request, "prior-year-run:" + prior + "|thresholds:" + thresholds.describe()
                + "|reader:" + ReturnReader.VERSION);
        JobParameters parameters = new JobParametersBuilder()
                .addLong("year", (long) request.year())
                .addString("fingerprint", fingerprint)
                .addString("input", request.inputDir().toAbsolutePath().toString(), false)
                .addString("output", request.outputDir().toAbsolutePath().toString(), false)
                .toJobParameters();
        console.say("vocstat " + request.year() + " 年度汇总：" + files.size() + " 份报表，输入指纹 " + fingerprint.substring(0, 12));
        RunState state = new RunState(request, files.size());
        Job job = jobs.create(state, files, fingerprint, console);
        try {
            failInterruptedExecutions(parameters, console);
            JobExecution execution = operator.start(job, parameters);
            return report(execution, state, console);
        } catch (JobInstanceAlreadyCompleteException e) {
            return unchanged(parameters, console);
        } catch (JobExecutionAlreadyRunningException e) {
            console.say("已有一次相同输入的汇总正在运行，本次未执行。");
            return new RunOutcome(ExitCodes.ALREADY_RUNNING, null);
        } catch (Exception e) {
            console.say("汇总失败：" + Failures.describe(e));
            return new RunOutcome(ExitCodes.FAILED, null);
        }
    }

    /**
     * Under the run lock, an execution of this instance that the repository shows as running, or as
     * UNKNOWN (its end could not be recorded, e.g. the database went away), belongs to a process that
     * is gone. It is marked FAILED so that the same command restarts it. That is safe for this job:
     * every step is re-run on restart and the store step replaces the run's rows in one transaction.
     */
    private void failInterruptedExecutions(JobParameters parameters, RunConsole console) {
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
            console.say("上次运行（#" + instance.getInstanceId() + "）未正常结束（" + status + "），已标记为失败，现重新运行。");
        }
    }

    private RunOutcome unchanged(JobParameters parameters, RunConsole console) {
        JobInstance instance = operator.getJobInstance(ConsolidationJobFactory.JOB_NAME, parameters);
        long runId = instance.getInstanceId();
        console.say("输入自上次完成的运行（#" + runId + "）以来没有变化：未重新计算，输出保持不变。");
        boolean complete = store.run(runId).map(run -> run.rejected() == 0 && run.missing() == 0).orElse(true);
        return new RunOutcome(complete ? ExitCodes.ALL_ACCEPTED : ExitCodes.SOME_REJECTED, runId);
    }

    private static RunOutcome report(JobExecution execution, RunState state, RunConsole console) {
        long runId = execution.getJobInstanceId();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            console.say("汇总失败（运行 #" + runId + "，状态 " + execution.getStatus() + "）：");
            execution.getAllFailureExceptions().stream().map(Failures::describe).distinct().forEach(m -> console.say("  " + m));
            console.say("排除原因后用相同命令重新运行，即从失败处重新开始。");
            return new RunOutcome(ExitCodes.FAILED, runId);
        }
        ReportData data = state.report;
        var consolidation = data.consolidation();
        for (ReturnOutcome outcome : consolidation.outcomes()) {
            if (outcome.status() == ReturnStatus.REJECTED) {
                console.say("退回 " + outcome.reading().source().name() + "：");
                outcome.reading().findings().stream().filter(Finding::isError).limit(FINDINGS_SHOWN_PER_FILE)
                        .forEach(f -> console.say("  " + f.describe()));
                long more = outcome.count(Severity.ERROR) - FINDINGS_SHOWN_PER_FILE;
                if (more > 0) {
                    console.say("  …… 另有 " + more + " 个错误，见 数据质量 表");
                }
            }
        }
        consolidation.accepted().stream().filter(a -> a.carriedOver()).forEach(a -> console.say(
                "沿用：" + a.school().code() + " " + a.school().name() + " 上次采用的 " + a.content().source().name()));
        consolidation.missing().forEach(s -> console.say("缺报：" + s.code() + " " + s.name()));
        List<Finding> findings = data.findings();
        console.say("完成（运行 #%d）：收到 %d 份，采用 %d 份，退回 %d 份；应报 %d 所，缺报 %d 所；错误 %d，警告 %d，提示 %d",
                runId, consolidation.outcomes().size(), consolidation.accepted().size(), consolidation.rejectedCount(),
                consolidation.expected().size(), consolidation.missing().size(), count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.INFO));
        console.say("输出：" + state.request.workbook() + "，" + state.request.csvDir() + "/，学校反馈 " + state.request.feedbackDir() + "/");
        console.say(RunMetrics.of(execution, consolidation.outcomes().size()).describe());
        boolean complete = consolidation.rejectedCount() == 0 && consolidation.missing().isEmpty();
        return new RunOutcome(complete ? ExitCodes.ALL_ACCEPTED : ExitCodes.SOME_REJECTED, runId);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
