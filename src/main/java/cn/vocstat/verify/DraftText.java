package cn.vocstat.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A draft report as the checker reads it: its paragraphs and tables in order, each with the section
 * it stands in. A Word document (.docx) is read paragraph by paragraph and cell by cell; a text file
 * (.txt, UTF-8) line by line, tab-separated lines making a table, as a report copied from a PDF looks.
 */
public record DraftText(String fileName, List<Part> parts) {

    /** Headings: 1 基本情况, 1.1 学校概况, 2.2.1 动态调整专业. */
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s*([\\p{IsHan}（）()、]{2,20})$");
    /** A line of a table of contents: 1.1 学校概况.....2 (dots or an ellipsis, then the page). */
    private static final Pattern CONTENTS = Pattern.compile("(\\.{4,}|…{2,})\\s*\\d+\\s*$");

    /** A paragraph or a table, with the section it stands in and its number in the document. */
    public sealed interface Part {
        String section();

        int number();
    }

    public record Paragraph(String section, int number, String text) implements Part {
    }

    public record Table(String section, int number, List<List<String>> rows) implements Part {
    }

    /** A file that is not a draft report: empty, binary, or of a kind the checker does not read. */
    public static final class UnreadableDraftException extends IOException {
        public UnreadableDraftException(String message) {
            super(message);
        }
    }

    public static DraftText read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDraftException("找不到文件：" + file.toAbsolutePath());
        }
        if (Files.size(file) == 0) {
            throw new UnreadableDraftException("文件是空的：" + file);
        }
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case "docx" -> new DraftText(name, docx(file));
            case "txt" -> new DraftText(name, text(file));
            default -> throw new UnreadableDraftException("无法核对 " + name + "：只能读取 Word 文档（.docx）和 UTF-8 文本（.txt）；"
                    + "PDF 请先另存为 .docx 或复制为 .txt");
        };
    }

    private static List<Part> docx(Path file) throws IOException {
        List<Part> parts = new ArrayList<>();
        Sections sections = new Sections();
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    sections.paragraph(paragraph.getText(), parts);
                } else if (element instanceof XWPFTable table) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : table.getRows()) {
                        rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).map(String::trim).toList());
                    }
                    sections.table(rows, parts);
                }
            }
        } catch (POIXMLException | IllegalArgumentException | java.util.zip.ZipException e) {
            throw new UnreadableDraftException(file.getFileName() + " 不是可以读取的 Word 文档（.docx）：" + e.getMessage());
        }
        return parts;
    }

    private static List<Part> text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDraftException(file.getFileName() + " 不是 UTF-8 文本：请用“另存为 UTF-8”保存后再核对");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableDraftException(file.getFileName() + " 是二进制文件，不是文本报告");
        }
        List<Part> parts = new ArrayList<>();
        Sections sections = new Sections();
        List<List<String>> table = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\\R")) {
            if (line.contains("\t") && !CONTENTS.matcher(line).find()) {
                table.add(List.of(line.split("\t", -1)).stream().map(String::trim).toList());
                continue;
            }
            if (!table.isEmpty()) {
                sections.table(table, parts);
                table = new ArrayList<>();
            }
            sections.paragraph(line, parts);
        }
        if (!table.isEmpty()) {
            sections.table(table, parts);
        }
        return parts;
    }

    /** Follows the headings, so that every part knows its section; skips blank lines and the table of contents. */
    private static final class Sections {
        private String section = "";

        void paragraph(String text, List<Part> parts) {
            String line = text.strip();
            if (line.isEmpty() || CONTENTS.matcher(line).find()) {
                return;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                section = heading.group(1) + " " + heading.group(2);
                return;
            }
            parts.add(new Paragraph(section, parts.size() + 1, line));
        }

        void table(List<List<String>> rows, List<Part> parts) {
            parts.add(new Table(section, parts.size() + 1, List.copyOf(rows)));
        }
    }
}
