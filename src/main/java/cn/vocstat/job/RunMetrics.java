package cn.vocstat.job;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Time and memory of a completed run, in all and by step, logged and read by the benchmark script
 * (behind {@code --verbose} on the console): the heap kept after a collection at most (what stays
 * resident) and the heap's limit. The operator's console says the time alone.
 */
record RunMetrics(int returns, Duration elapsed, long residentHeapBytes, long maxHeapBytes, Map<String, Duration> steps) {

    static RunMetrics of(JobExecution execution, int returns, HeapWatch heap) {
        Duration elapsed = Duration.between(execution.getStartTime(), execution.getEndTime());
        Map<String, Duration> steps = new LinkedHashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                steps.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()));
            }
        }
        return new RunMetrics(returns, elapsed, heap.maxAfterGcBytes(), Runtime.getRuntime().maxMemory(), steps);
    }

    /** The time the run took, as the operator reads it. */
    String brief() {
        return String.format("用时 %.1f 秒", Math.max(elapsed.toMillis(), 1) / 1000.0);
    }

    String describe() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        String heap = residentHeapBytes == 0 ? "运行中未发生垃圾回收" : String.format("GC 后堆内存最多 %d MB", residentHeapBytes / (1024 * 1024));
        StringBuilder line = new StringBuilder(String.format("用时 %.2f 秒（%.1f 份/秒），%s（上限 %d MB）", seconds, returns / seconds, heap,
                maxHeapBytes / (1024 * 1024)));
        if (!steps.isEmpty()) {
            line.append("；各步骤（秒）：");
            steps.forEach((name, time) -> line.append(name).append(' ').append(String.format("%.1f", time.toMillis() / 1000.0)).append(' '));
        }
        return line.toString().strip();
    }
}
