package cn.vocstat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The embedded database's files on a disk that is full: H2 reads them as they are, and every write
 * fails as the operating system fails it on a full disk, with an IOException saying "No space left
 * on device". The fault is put where the disk puts it, under H2's file layer, so that whatever H2
 * and the pool make of it is what the operator would see. A URL {@link #url(Path)} opens the
 * database a test made on the real disk.
 */
public final class FullDiskDatabase extends FilePathWrapper {

    private static final String SCHEME = "fulldisk";
    /** What the JDK's file channel says when write(2) fails with ENOSPC on Linux. */
    public static final String NO_SPACE = "No space left on device";

    static {
        FilePath.register(new FullDiskDatabase());
    }

    /** The H2 URL of the test's database in {@code root}, on the full disk, with the settings of {@link Fixtures#h2Url}. */
    public static String url(Path root) {
        return Fixtures.h2Url(root).replace("jdbc:h2:file:", "jdbc:h2:" + SCHEME + ":");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullFile(super.open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        throw new IOException(NO_SPACE);
    }

    @Override
    public boolean createFile() {
        return false;
    }

    /** A file whose content reads as it is and cannot grow or change. */
    private static final class FullFile extends FileBase {

        private final FileChannel disk;

        FullFile(FileChannel disk) {
            this.disk = disk;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return disk.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return disk.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            throw new IOException(NO_SPACE);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            throw new IOException(NO_SPACE);
        }

        @Override
        public long position() throws IOException {
            return disk.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            disk.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return disk.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            throw new IOException(NO_SPACE);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            disk.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return disk.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            disk.close();
        }
    }
}
