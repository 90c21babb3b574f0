package cn.vocstat.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rows of a table whose length only writing it tells (the change report), kept on disk as they
 * are written the first time, so that the sheet and the change report's own workbook replay them
 * instead of comparing the two runs again. Deleted when closed.
 */
final class RowSpool implements AutoCloseable {

    /** Replay accepts the cell types of a table and nothing else. */
    private static final ObjectInputFilter CELLS = ObjectInputFilter.Config.createFilter(
            "maxdepth=5;java.lang.*;java.math.*;cn.vocstat.export.*;!*");

    private final Path file;
    private final ObjectOutputStream out;
    private long rows;

    RowSpool(Path file) throws IOException {
        this.file = file;
        this.out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void add(Object... cells) {
        try {
            out.writeObject(cells);
            out.reset();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table with the spooled rows, to be written again. */
    Table replay(Table table) throws IOException {
        out.flush();
        return Table.streamed(table.name(), table.columns(), rows, sink -> {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                in.setObjectInputFilter(CELLS);
                for (long r = 0; r < rows; r++) {
                    sink.row((Object[]) in.readObject());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
