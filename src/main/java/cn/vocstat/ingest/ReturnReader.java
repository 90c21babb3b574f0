package cn.vocstat.ingest;

import cn.vocstat.model.FormSheet;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Reads one received file into a {@link ReturnReading}. Whatever the file holds, the answer is a
 * reading with findings, never an exception: one bad file must not stop the other schools.
 */
public final class ReturnReader {


    private static final String XLSB_CONTENT_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

    static {
        ZipLimits.apply();
    }

    /**
     * Identifies what this reader makes of a file: the form's fields and the rule messages it writes.
     * A reading cached under another version is read again.
     */
    public static final String VERSION = version();

    private final XlsxGridReader grids = new XlsxGridReader(FormSheet.MAX_ROWS);

    /** Reads the file; {@code name} is how the file is called in findings and outputs. */
    public ReturnReading read(Path file, String name) {
        try {
            return read(describe(file, name));
        } catch (IOException e) {
            SourceFile unknown = SourceFile.of(file, name, "", 0, null);
            return failed(unknown, Rule.FILE_UNREADABLE, "读取文件失败（" + e.getMessage() + "）");
        }
    }

    /** Reads a file already described (its checksum computed). */
    public ReturnReading read(SourceFile source) {
        Path file = source.path();
        List<Finding> findings = new ArrayList<>();
        try {
            if (refused(file, source, findings)) {
                return new ReturnReading(source, Optional.empty(), findings);
            }
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                if (!pkg.getPartsByContentType(XLSB_CONTENT_TYPE).isEmpty()) {
                    return failed(source, Rule.FILE_BINARY_XLSB);
                }
                Optional<SchoolReturn> content = new ReturnParser(source, grids.read(pkg), findings).parse();
                return new ReturnReading(source, content, findings);
            }
        } catch (XlsxGridReader.SheetTooLargeException e) {
            return failed(source, Rule.FILE_TOO_LARGE, e.sheet, e.limit);
        } catch (Exception | StackOverflowError e) {
            String cause = rootMessage(e);
            if (cause.contains("Zip bomb")) {
                return failed(source, Rule.FILE_UNSAFE_XML, "压缩比异常，可能是压缩炸弹");
            }
            if (cause.contains("DOCTYPE") || cause.contains("entity") || cause.contains("ENTITY")) {
                return failed(source, Rule.FILE_UNSAFE_XML, "XML 中含有 DOCTYPE 或实体声明");
            }
            return failed(source, Rule.FILE_UNREADABLE, "文件已损坏或不完整（" + cause + "）");
        }
    }

    /** Whether the file is refused before it is opened as a workbook; the reason is recorded as a finding. */
    private static boolean refused(Path file, SourceFile source, List<Finding> findings) throws IOException {
        if (source.sizeBytes() == 0) {
            return refuse(findings, source, Rule.FILE_UNREADABLE, "文件为空（0 字节）");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> false;
            case OLE2 -> isEncrypted(file)
                    ? refuse(findings, source, Rule.FILE_ENCRYPTED)
                    : refuse(findings, source, Rule.FILE_LEGACY_XLS);
            case PDF -> refuse(findings, source, Rule.FILE_UNREADABLE, "文件内容是 PDF 文档，不是 Excel 工作簿");
            case HTML, XML -> refuse(findings, source, Rule.FILE_UNREADABLE, "文件内容是网页或 XML，不是 Excel 工作簿");
            default -> refuse(findings, source, Rule.FILE_UNREADABLE, "文件内容不是 Excel 工作簿（可能是 CSV 或文本文件改了扩展名）");
        };
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean refuse(List<Finding> findings, SourceFile source, Rule rule, Object... args) {
        findings.add(Finding.of(rule, source, "", args));
        return true;
    }

    private static ReturnReading failed(SourceFile source, Rule rule, Object... args) {
        return new ReturnReading(source, Optional.empty(), List.of(Finding.of(rule, source, "", args)));
    }

    /** The file as received: name, SHA-256 of its content, size and modification time. */
    public static SourceFile describe(Path file, String name) throws IOException {
        return SourceFile.of(file, name, Sha256.of(file), Files.size(file), Files.getLastModifiedTime(file).toInstant());
    }

    private static String version() {
        StringBuilder text = new StringBuilder("ZZNB-1 reader 1");
        Stream.of(FormSheet.values()).forEach(s -> text.append(s.title()).append(s.fields().stream().map(f -> f.label() + f.type()).toList()));
        Stream.of(Rule.values()).forEach(r -> text.append(r.id()).append(r.template()));
        return Sha256.of(text.toString()).substring(0, 16);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
