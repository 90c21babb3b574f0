package cn.vocstat.export;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The heap the marked copies being made at the same time may hold, handed out in megabytes: a copy
 * takes its estimate before it loads anything and gives it back when it is done, so the files of a
 * batch written in parallel never count on more heap than the share together.
 */
final class HeapShare {

    private static final long MB = 1024 * 1024;

    private final int capacityMb;
    private final Semaphore free;

    HeapShare(long bytes) {
        this.capacityMb = (int) Math.min(Integer.MAX_VALUE, bytes / MB);
        this.free = new Semaphore(capacityMb, true);
    }

    /** Megabytes of the whole share. */
    long capacityMb() {
        return capacityMb;
    }

    static long megabytes(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    /**
     * Takes the bytes out of the share, waiting at most so long for other copies to give theirs back;
     * empty when they are more than the whole share, or not free in time.
     */
    Optional<Lease> take(long bytes, Duration wait) throws InterruptedException {
        long wanted = megabytes(bytes);
        if (wanted > capacityMb || !free.tryAcquire((int) wanted, wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        return Optional.of(new Lease((int) wanted));
    }

    /** Heap taken out of the share until closed. */
    final class Lease implements AutoCloseable {
        private final int mb;

        private Lease(int mb) {
            this.mb = mb;
        }

        @Override
        public void close() {
            free.release(mb);
        }
    }
}
