package cn.vocstat.reference;

import cn.vocstat.reference.ReferenceLoader.UnreadableReferenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * A table shipped with vocstat that a bureau may replace with its own under its input folder (the
 * report's wording, the words for each indicator): its rows, from the bureau's file if there is
 * one, and where they came from, for messages. The bureau's file is read as every reference file is
 * ({@link ReferenceCsv}), and must have the shipped table's columns. Its rows are read by the
 * shipped header's names; a malformed line stops the reading with that line, as a wrong placeholder
 * does: a sentence left out in silence would leave a gap in the report.
 */
public final class OverridableTable {

    private final ReferenceCsv csv;
    private final String origin;

    private OverridableTable(ReferenceCsv csv, String origin) {
        this.csv = csv;
        this.origin = origin;
    }

    /** The bureau's {@code <inputDir>/<file>} if it exists, else the resource shipped at {@code shipped}. */
    public static OverridableTable load(Path inputDir, String file, String shipped) {
        OverridableTable builtIn = shipped(file, shipped);
        Path own = inputDir.resolve(file);
        if (!Files.isRegularFile(own)) {
            return builtIn;
        }
        ReferenceCsv csv = whole(ReferenceCsv.read(own, builtIn.csv.header()), own.toString());
        String encoding = csv.encoding() == ReferenceCsv.Encoding.GB18030 ? "（" + csv.encoding().label() + "）" : "";
        return new OverridableTable(csv, own + encoding);
    }

    public static OverridableTable shipped(String file, String shipped) {
        try (InputStream in = OverridableTable.class.getResourceAsStream(shipped)) {
            String origin = "（内置）" + file;
            return new OverridableTable(whole(ReferenceCsv.parse(in.readAllBytes(), origin, file, List.of()), origin), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReferenceCsv whole(ReferenceCsv csv, String where) {
        csv.problems().stream().findFirst().ifPresent(problem -> {
            throw new UnreadableReferenceException(where, problem.message());
        });
        return csv;
    }

    /** The table's rows, each read by the header's names (compared as labels are). */
    public List<CSVRecord> rows() {
        return csv.lines().stream().map(ReferenceCsv.Line::record).toList();
    }

    /** Where the rows came from: the bureau's file (with its encoding when it is not UTF-8), or the shipped one. */
    public String origin() {
        return origin;
    }

    /** Where a row is, for a message: "input/reference/报告语句.csv 第 3 行". */
    public String where(CSVRecord row) {
        return origin + " 第 " + csv.lineOf(row) + " 行";
    }
}
