package cn.vocstat.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run of a report year at a time, per output folder: an OS file lock, taken before the database
 * is opened and released by the operating system when the process dies, however it dies. Holding
 * it also proves that an execution the job repository still shows as running belongs to a process
 * that is gone.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path file(RunRequest request) {
        return request.outputDir().resolve(".vocstat-" + request.year() + ".lock");
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<RunLock> tryAcquire(RunRequest request) throws IOException {
        Path file = file(request);
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new RunLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process, in another thread
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
