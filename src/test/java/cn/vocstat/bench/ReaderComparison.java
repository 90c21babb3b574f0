package cn.vocstat.bench;

import cn.vocstat.ingest.ReturnReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The reader comparison of the benchmark: the same .xlsx files read by vocstat's reader (the file's
 * bytes read once and hashed, every value typed, every finding made), by dhatim fastexcel-reader and by POI (its SAX event API and
 * its user model), each reading every cell of every sheet, in one JVM, one thread, rounds
 * interleaved in rotating order; prints min and median milliseconds per file.
 * {@code java -cp … cn.vocstat.bench.ReaderComparison <folder of .xlsx> [rounds] [files]}: the first {@code files} by name, all by default.
 */
public final class ReaderComparison {

    private interface Reader {
        long read(Path file) throws Exception;
    }

    private ReaderComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long limit = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.toString().endsWith(".xlsx")).sorted().limit(limit).toList();
        }
        ReturnReader vocstat = new ReturnReader();
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("vocstat", file -> vocstat.read(file, file.getFileName().toString()).findings().size());
        readers.put("dhatim fastexcel-reader", ReaderComparison::dhatim);
        readers.put("POI SAX event API", ReaderComparison::poiEvents);
        readers.put("POI XSSFWorkbook", ReaderComparison::poiUserModel);
        List<String> names = new ArrayList<>(readers.keySet());
        Map<String, double[]> perFile = new LinkedHashMap<>();
        names.forEach(name -> perFile.put(name, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                long started = System.nanoTime();
                long sink = 0;
                for (int f = 0; f < files.size(); f++) {
                    sink += readers.get(name).read(files.get(f));
                }
                perFile.get(name)[round] = (System.nanoTime() - started) / 1e6 / files.size();
                if (sink < 0) {
                    System.out.println(sink);
                }
            }
        }
        System.out.printf("reader comparison: %d files, %d rounds, one thread (ms per file)%n", files.size(), rounds);
        double yardstick = min(perFile.get("dhatim fastexcel-reader"));
        perFile.forEach((name, times) -> System.out.printf("  %-24s min %6.3f  median %6.3f  (%.2f× dhatim)%n", name, min(times), median(times),
                min(times) / yardstick));
    }

    private static long dhatim(Path file) throws IOException {
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (var sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    cells += rows.mapToLong(row -> row.stream().filter(c -> c != null && c.getRawValue() != null).count()).sum();
                }
            }
        }
        return cells;
    }

    private static long poiEvents(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override public void startRow(int rowNum) { }
                @Override public void endRow(int rowNum) { }
                @Override public void cell(String ref, String value, XSSFComment comment) { cells[0]++; }
            };
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return cells[0];
    }

    /** Opened read-only: a workbook opened from a File for writing saves itself back on close, which would change the input. */
    private static long poiUserModel(Path file) throws Exception {
        long cells = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells += cell.toString().isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        return cells;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
