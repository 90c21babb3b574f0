package cn.vocstat.ingest;

import cn.vocstat.model.FormSheet;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one received file into a {@link ReturnReading}. Whatever the file holds, the answer is a
 * reading with findings, never an exception: one bad file must not stop the other schools. A file
 * that cannot be read gets one finding that names the part of it at fault in plain Chinese; the
 * exception goes to the run's log.
 */
public final class ReturnReader {



    static {
        ZipLimits.apply();
    }

    /**
     * Identifies what this reader makes of a file: the form's fields and the rule messages it writes.
     * A reading cached under another version is read again.
     */
    public static final String VERSION = version();

    /** A return is a few hundred kilobytes; beyond this a file is refused before it is opened (and would not fit a MySQL packet). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ReturnReader.class);
    /** The streams an Excel 97-2003 (BIFF8) or Excel 5/95 workbook keeps its content in. */
    private static final Set<String> WORKBOOK_STREAMS = Set.of("Workbook", "WORKBOOK", "BOOK", "Book");

    private final XlsxGridReader xlsx = new XlsxGridReader(FormSheet.MAX_ROWS);
    private final XlsGridReader xls = new XlsGridReader(FormSheet.MAX_ROWS);

    /** Reads the file; {@code name} is how the file is called in findings and outputs. */
    public ReturnReading read(Path file, String name) {
        try {
            return read(ReceivedFile.read(file, name));
        } catch (IOException e) {
            return unreadable(file, name, e);
        }
    }

    /** A file whose bytes could not even be read: one finding, the cause to the log. */
    public static ReturnReading unreadable(Path file, String name, IOException cause) {
        LOG.info("{} 无法读取", name, cause);
        SourceFile unknown = SourceFile.of(file, name, "", 0, null);
        return failed(unknown, Rule.FILE_UNREADABLE, new Rule.Wording("读取文件失败（文件不存在、无读取权限或磁盘出错）"));
    }

    /** A file whose content is no longer the one the run started on: not read, its figures would stand under another content's checksum. */
    public static ReturnReading changedSinceListed(SourceFile source) {
        return failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件在本次汇总开始后被改动或替换（可能正在复制），本次未读取：请等文件放好后重新运行"));
    }

    /**
     * Reads the bytes of a received file: an .xlsx / .xlsm, or an Excel 97-2003 .xls, to the same
     * contract. Whatever the file holds, the answer is a reading with findings.
     */
    public ReturnReading read(ReceivedFile file) {
        SourceFile source = file.source();
        switch (file.state()) {
            case OVERSIZED -> {
                return failed(source, Rule.FILE_OVERSIZED, (source.sizeBytes() + (1 << 20) - 1) >> 20, MAX_FILE_BYTES >> 20);
            }
            case CHANGING -> {
                return failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件在读取过程中一直在变化（可能仍在复制或保存），本次未读取：请等文件放好后重新运行"));
            }
            case READ -> { }
        }
        byte[] content = file.content().orElseThrow();
        if (content.length == 0) {
            return failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件为空（0 字节）"));
        }
        List<Finding> findings = new ArrayList<>();
        try {
            return switch (FileMagic.valueOf(content)) {
                case OOXML -> readXlsx(source, content, findings);
                case OLE2 -> readOle2(source, content, findings);
                case PDF -> failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件内容是 PDF 文档，不是 Excel 工作簿，请报送 Excel 文件"));
                case HTML, XML -> failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件内容是网页或 XML，不是 Excel 工作簿，请报送 Excel 文件"));
                default -> failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件内容不是 Excel 工作簿（可能是 CSV 或文本文件改了扩展名）"));
            };
        } catch (UnreadablePartException e) {
            return problem(source, e.part, e.getCause());
        } catch (Exception | StackOverflowError e) {
            return problem(source, "", e);
        }
    }

    private ReturnReading readXlsx(SourceFile source, byte[] content, List<Finding> findings)
            throws UnreadablePartException, SheetTooLargeException, IOException {
        GuardedZip zip;
        try {
            zip = GuardedZip.open(content);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePartException("", e);
        }
        try (zip) {
            return parsed(source, xlsx.read(zip), findings);
        } catch (XlsxGridReader.BinaryWorkbookException e) {
            return failed(source, Rule.FILE_BINARY_XLSB);
        }
    }

    private ReturnReading readOle2(SourceFile source, byte[] content, List<Finding> findings)
            throws UnreadablePartException, SheetTooLargeException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return failed(source, Rule.FILE_ENCRYPTED);
            }
            if (WORKBOOK_STREAMS.stream().noneMatch(fs.getRoot()::hasEntry)) {
                return failed(source, Rule.FILE_UNREADABLE, new Rule.Wording("文件是 Word、PowerPoint 等其他 Office 文档，不是 Excel 工作簿"));
            }
            return parsed(source, xls.read(fs), findings);
        }
    }

    private static ReturnReading parsed(SourceFile source, WorkbookGrids grids, List<Finding> findings) {
        Optional<SchoolReturn> content = new ReturnParser(source, grids, findings).parse();
        return new ReturnReading(source, content, findings);
    }

    /** A file that could not be read: one finding that names the part, the exception to the log. */
    private static ReturnReading problem(SourceFile source, String part, Throwable failure) {
        WorkbookProblem problem = WorkbookProblem.of(part, failure);
        LOG.info("{}（SHA-256 {}）无法读取：{}", source.name(), source.sha256(), problem.rule().message(problem.args()), failure);
        return failed(source, problem.rule(), problem.args());
    }

    private static ReturnReading failed(SourceFile source, Rule rule, Object... args) {
        return new ReturnReading(source, Optional.empty(), List.of(Finding.of(rule, source, "", args)));
    }

    private static String version() {
        StringBuilder text = new StringBuilder("ZZNB-1 reader 3");
        Stream.of(FormSheet.values()).forEach(s -> text.append(s.title()).append(s.fields().stream().map(f -> f.label() + f.type() + f.limit()).toList()));
        Stream.of(Rule.values()).forEach(r -> text.append(r.id()).append(r.template()));
        return Sha256.of(text.toString()).substring(0, 16);
    }

}
