package cn.vocstat.ingest;

import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

/**
 * A received file read once: the bytes that are hashed are the bytes that are parsed, so a file
 * replaced while it is read can never be published with one file's figures under the other's
 * checksum. A file that changes while it is read (still being copied in, or replaced) is read
 * again; one still rewritten in place after a few tries is given up on, since its bytes may be torn. A file over {@link ReturnReader#MAX_FILE_BYTES} is only hashed.
 */
public final class ReceivedFile {

    /** What became of the reading. */
    public enum State { READ, OVERSIZED, CHANGING }

    /** Readings of a file that keeps changing before it is given up on; copying a return in takes well under a second. */
    private static final int ATTEMPTS = 3;
    private static final long SETTLE_MILLIS = 300;

    private final SourceFile source;
    private final byte[] content;
    private final State state;

    private ReceivedFile(SourceFile source, byte[] content, State state) {
        this.source = source;
        this.content = content;
        this.state = state;
    }

    /** Reads the file at {@code file}, called {@code name} in findings and outputs. */
    public static ReceivedFile read(Path file, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) ReturnReader.MAX_FILE_BYTES + 1);
            }
            Instant modified = before.lastModifiedTime().toInstant();
            if (bytes.length > ReturnReader.MAX_FILE_BYTES) {
                return new ReceivedFile(SourceFile.of(file, name, Sha256.of(file), Files.size(file), modified), null, State.OVERSIZED);
            }
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            SourceFile source = SourceFile.of(file, name, Sha256.of(bytes), bytes.length, modified);
            if (untouched(before, after, bytes.length)) {
                return new ReceivedFile(source, bytes, State.READ);
            }
            if (attempt == ATTEMPTS) {
                // a file replaced by another (a rename) was read whole from one of them; one rewritten in place may be torn
                return replaced(before, after) ? new ReceivedFile(source, bytes, State.READ) : new ReceivedFile(source, null, State.CHANGING);
            }
            pause();
        }
    }

    /** The same file, not written to while it was read. */
    private static boolean untouched(BasicFileAttributes before, BasicFileAttributes after, int bytesRead) {
        return before.lastModifiedTime().equals(after.lastModifiedTime()) && before.size() == after.size() && after.size() == bytesRead
                && !replaced(before, after);
    }

    /** Another file put in its place (where the file system tells files apart). */
    private static boolean replaced(BasicFileAttributes before, BasicFileAttributes after) {
        return before.fileKey() != null && !before.fileKey().equals(after.fileKey());
    }

    /** A file whose content is already at hand (a version kept in the database), as received at {@code receivedAt}. */
    public static ReceivedFile of(byte[] content, Path location, String name, Instant receivedAt) {
        SourceFile source = SourceFile.of(location, name, Sha256.of(content), content.length, receivedAt);
        return content.length > ReturnReader.MAX_FILE_BYTES ? new ReceivedFile(source, null, State.OVERSIZED)
                : new ReceivedFile(source, content.clone(), State.READ);
    }

    public SourceFile source() {
        return source;
    }

    public State state() {
        return state;
    }

    /** The bytes read, when the file was read whole. */
    Optional<byte[]> content() {
        return Optional.ofNullable(content);
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a file to settle", e);
        }
    }
}
