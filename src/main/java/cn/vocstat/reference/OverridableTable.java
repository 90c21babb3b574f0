package cn.vocstat.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A table shipped with vocstat that a bureau may replace with its own under its input folder (the
 * report's wording, the words for each indicator): its rows, from the bureau's file if there is
 * one, and where they came from, for messages.
 */
public record OverridableTable(List<CSVRecord> rows, String origin) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    /** The bureau's {@code <inputDir>/<file>} if it exists, else the resource shipped at {@code shipped}. */
    public static OverridableTable load(Path inputDir, String file, String shipped) {
        Path own = inputDir.resolve(file);
        try {
            if (Files.isRegularFile(own)) {
                try (Reader reader = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                    return new OverridableTable(rows(reader), own.toString());
                }
            }
            return shipped(file, shipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OverridableTable shipped(String file, String shipped) {
        try (InputStream in = OverridableTable.class.getResourceAsStream(shipped);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new OverridableTable(rows(reader), "（内置）" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a row is, for a message: "input/reference/报告语句.csv 第 3 行". */
    public String where(CSVRecord row) {
        return origin + " 第 " + (row.getRecordNumber() + 1) + " 行";
    }

    private static List<CSVRecord> rows(Reader reader) throws IOException {
        return new ArrayList<>(FORMAT.parse(reader).getRecords());
    }
}
