package cn.vocstat;

import cn.vocstat.form.ReturnContent;
import cn.vocstat.form.ReturnWorkbookBuilder;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.sample.YangquanSample;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds fixture workbooks and input folders in code, from the same builder as the shipped sample. */
public final class Fixtures {

    /** The shipped input folder, run from the project root as Maven does. */
    public static final Path SHIPPED_INPUT = Path.of("input");

    private Fixtures() {
    }

    /** A valid 2025 return of 盂县职业技术学校 (the sample's sixth school). */
    public static ReturnContent validReturn() {
        return YangquanSample.returns(2025).get(5);
    }

    /** The valid return as the reader sees it, for tests of the later stages. */
    public static SchoolReturn validReturnContent() {
        try {
            Path dir = Files.createTempDirectory("vocstat-fixture");
            Path file = write(dir, "valid.xlsx", validReturn(), workbook -> { });
            return new ReturnReader().read(file, "valid.xlsx").content().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the return after letting the test change the workbook, e.g. plant a mistake in a cell. */
    public static Path write(Path dir, String fileName, ReturnContent content, Consumer<XSSFWorkbook> change) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        try (XSSFWorkbook workbook = ReturnWorkbookBuilder.build(content); OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** The shipped reference data for 2025: registry, catalogue, city statistics. */
    public static ReferenceData reference() {
        return ReferenceLoader.load(SHIPPED_INPUT, 2025);
    }

    /** Writes the return with the change, then reads and checks it as the ingest step does. */
    public static ReturnReading checked(Path dir, String fileName, ReturnContent content, Consumer<XSSFWorkbook> change) throws IOException {
        Path file = write(dir, fileName, content, change);
        return new ReturnValidator(2025, reference().catalogue()).validate(new ReturnReader().read(file, fileName));
    }

    /** Rewrites one XML part of a workbook, as a tool other than Excel would have written it. */
    public static void rewritePart(Path file, String part, UnaryOperator<String> change) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + ".rewritten");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens an .xlsx to look at it; closing it writes nothing back. */
    public static XSSFWorkbook open(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Sets a cell of a workbook by its address, creating the row and cell when needed. */
    public static Cell cell(XSSFWorkbook workbook, String sheet, String address) {
        CellReference ref = new CellReference(address);
        Sheet target = workbook.getSheet(sheet);
        Row row = target.getRow(ref.getRow()) == null ? target.createRow(ref.getRow()) : target.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    /** A fresh input folder with the shipped reference data and city statistics, and no returns yet. */
    public static Path inputWithReference(Path root) throws IOException {
        Path input = root.resolve("input");
        copyTree(SHIPPED_INPUT.resolve("reference"), input.resolve("reference"));
        for (String year : new String[] {"2024", "2025"}) {
            Files.createDirectories(input.resolve(year).resolve("returns"));
            Files.copy(SHIPPED_INPUT.resolve(year).resolve("市级统计.csv"), input.resolve(year).resolve("市级统计.csv"));
        }
        return input;
    }

    /** A copy of the shipped input, returns included. */
    public static Path shippedInputCopy(Path root) throws IOException {
        Path input = root.resolve("input");
        copyTree(SHIPPED_INPUT, input);
        return input;
    }

    /** Runs the 2025 consolidation as the command line does, the console written to {@code console}; returns the exit code. */
    public static int run2025(java.io.ByteArrayOutputStream console, Path input, Path output, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", "--year", "2025", "--input", input.toString(),
                "--output", output.toString()));
        args.addAll(java.util.List.of(extra));
        return VocstatApplication.run(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8), args.toArray(String[]::new));
    }

    /** Spring arguments that give a test its own embedded database. */
    public static String databaseIn(Path root) {
        return "--spring.datasource.url=" + h2Url(root);
    }

    /** The 2025 run the database views show as published, in a test's embedded database. */
    public static long latestPublishedRun(Path root) throws java.sql.SQLException {
        try (java.sql.Connection h2 = java.sql.DriverManager.getConnection(h2Url(root), "sa", "");
             java.sql.ResultSet rs = h2.createStatement().executeQuery("SELECT run_id FROM v_latest_run WHERE report_year = 2025")) {
            if (!rs.next()) {
                throw new AssertionError("no published 2025 run");
            }
            return rs.getLong(1);
        }
    }

    /** The embedded database of a test, with the same crash-safe settings as the default (see application.properties). */
    public static String h2Url(Path root) {
        return "jdbc:h2:file:" + root.toAbsolutePath().resolve("db/vocstat") + ";FILE_LOCK=FS;WRITE_DELAY=0;TRACE_LEVEL_FILE=4";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
