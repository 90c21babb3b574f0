package cn.vocstat.job;

import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.FileFault;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads or checks one file within a time limit. A file that takes longer is a finding of its own; its reader
 * is interrupted (the sheet parser stops at the next row) and the run goes on. Whatever the reader
 * throws, an error included, is that file's fault (F-FILE-06), never the run's.
 */
class TimeLimitedCheck implements AutoCloseable {

    private final Duration limit;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "file-check");
        thread.setDaemon(true);
        return thread;
    });

    TimeLimitedCheck(Duration limit) {
        this.limit = limit;
    }

    /** The reading {@code check} makes of the file at {@code stage} (reading, or the checks on it), or the finding of its time or fault. */
    ReturnReading check(SourceFile source, FileStage stage, Supplier<ReturnReading> check) {
        long started = System.nanoTime();
        Future<ReturnReading> result = workers.submit(check::get);
        try {
            ReturnReading reading = result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            // a reading that came back, but later than the limit, is as late as one that did not
            return System.nanoTime() - started > limit.toNanos() ? timedOut(source) : reading;
        } catch (TimeoutException e) {
            result.cancel(true);
            return timedOut(source);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + source.name(), e);
        } catch (ExecutionException e) {
            return new ReturnReading(source, Optional.empty(), List.of(FileFault.of(source, stage, e.getCause())));
        }
    }

    private ReturnReading timedOut(SourceFile source) {
        long seconds = Math.max(1, limit.toSeconds());
        return new ReturnReading(source, Optional.empty(), List.of(Finding.of(Rule.FILE_TIMEOUT, source, "", limit.toMillis() < 1000
                ? String.format("%.3f", limit.toMillis() / 1000.0) : String.valueOf(seconds))));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
