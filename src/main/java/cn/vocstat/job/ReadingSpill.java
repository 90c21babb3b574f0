package cn.vocstat.job;

import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checked readings of a run on disk, from ingest to consolidation. Ingest appends each reading
 * as it is checked and keeps nothing: whole to one file, and its 基本信息 alone (with the offset of
 * the whole) to another. The consolidation reads the light file through, then each accepted return
 * whole by its offset. The files survive a failed run, so a restart goes on from the consolidation
 * without reading the returns again; publishing the run deletes them.
 */
final class ReadingSpill {

    /** Deserialisation accepts our own records and the JDK value types they hold, nothing else. */
    private static final ObjectInputFilter ONLY_OUR_RECORDS = ObjectInputFilter.Config.createFilter(
            "maxdepth=30;maxbytes=200000000;cn.vocstat.**;java.lang.*;java.math.*;java.time.*;java.util.*;!*");
    private static final String WHOLE = "readings.bin";
    private static final String LIGHT = "readings-light.bin";

    private record Spilled(SourceFile source, SchoolReturn content, List<Finding> findings) implements Serializable {
    }

    /** A reading serialised for the spill, whole and light: done where the reading is made, in parallel. */
    record Prepared(byte[] whole, byte[] light) {
    }

    /** A light reading as spilled and where its whole one starts. */
    record Entry(long offset, ReturnReading reading) {
    }

    private final Path dir;
    private DataOutputStream wholeOut;
    private DataOutputStream lightOut;
    private long offset;

    ReadingSpill(Path dir) {
        this.dir = dir;
    }

    static Prepared prepare(ReturnReading reading) {
        SchoolReturn content = reading.content().orElse(null);
        return new Prepared(serialise(new Spilled(reading.source(), content, reading.findings())),
                serialise(new Spilled(reading.source(), content == null ? null : content.light(), reading.findings())));
    }

    /** Starts the spill afresh: what an earlier attempt spilled is dropped. */
    synchronized void create() throws IOException {
        Files.createDirectories(dir);
        wholeOut = open(dir.resolve(WHOLE));
        lightOut = open(dir.resolve(LIGHT));
        offset = 0;
    }

    synchronized void append(Prepared reading) throws IOException {
        lightOut.writeLong(offset);
        lightOut.writeInt(reading.light().length);
        lightOut.write(reading.light());
        wholeOut.writeInt(reading.whole().length);
        wholeOut.write(reading.whole());
        offset += Integer.BYTES + reading.whole().length;
    }

    synchronized void close() throws IOException {
        if (wholeOut != null) {
            wholeOut.close();
            lightOut.close();
            wholeOut = null;
            lightOut = null;
        }
    }

    boolean exists() {
        return Files.isRegularFile(dir.resolve(WHOLE)) && Files.isRegularFile(dir.resolve(LIGHT));
    }

    /** Every light reading in the order spilled, with the offset of its whole one. */
    void forEachLight(Consumer<Entry> action) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(LIGHT)), 1 << 16))) {
            while (true) {
                long whole;
                try {
                    whole = in.readLong();
                } catch (EOFException end) {
                    return;
                }
                int length = in.readInt();
                byte[] bytes = in.readNBytes(length);
                if (bytes.length < length) {
                    throw new EOFException(dir.resolve(LIGHT) + " ends inside a reading");
                }
                Spilled spilled = deserialise(bytes);
                action.accept(new Entry(whole, new ReturnReading(spilled.source(), Optional.ofNullable(spilled.content()), spilled.findings())));
            }
        }
    }

    /** The whole content of the reading spilled at this offset. */
    SchoolReturn content(long at) {
        try (FileChannel channel = FileChannel.open(dir.resolve(WHOLE), StandardOpenOption.READ)) {
            ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
            readFully(channel, length, at);
            ByteBuffer bytes = ByteBuffer.allocate(length.flip().getInt());
            readFully(channel, bytes, at + Integer.BYTES);
            return deserialise(bytes.array()).content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(dir.resolve(WHOLE));
        Files.deleteIfExists(dir.resolve(LIGHT));
        Files.deleteIfExists(dir);
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16));
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("spill ends at " + (position + buffer.position()));
            }
        }
    }

    private static byte[] serialise(Spilled spilled) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(spilled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Spilled deserialise(byte[] bytes) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_OUR_RECORDS);
            return (Spilled) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
