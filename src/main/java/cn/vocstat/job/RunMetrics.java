package cn.vocstat.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import org.springframework.batch.core.job.JobExecution;

/** Time and memory of a completed run, printed for the operator and read by the benchmark script. */
record RunMetrics(int returns, Duration elapsed, long peakHeapBytes) {

    static RunMetrics of(JobExecution execution, int returns) {
        Duration elapsed = Duration.between(execution.getStartTime(), execution.getEndTime());
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum();
        return new RunMetrics(returns, elapsed, peak);
    }

    String describe() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format("用时 %.2f 秒（%.1f 份/秒），峰值堆内存 %d MB", seconds, returns / seconds, peakHeapBytes / (1024 * 1024));
    }
}
