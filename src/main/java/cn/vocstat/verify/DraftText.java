package cn.vocstat.verify;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
    /** Headings as Chinese reports number them: 一、办学基础, （一）学生情况, 第一章 概况, 第二篇 学校名, 1. 学校概况, 1、学校概况. */
    private static final Pattern CHINESE_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分篇]+|\\d{1,2}[.、．](?!\\d))\\s*[^。；;，,！？!?]{1,30}$");
    /** A numbered line that states a figure is a list item, not a heading: 1. 在校生 6310 人 */
    private static final Pattern STATES_A_FIGURE = Pattern.compile("\\d\\s*[人所个%％项家元万亿名支次门份班倍:：∶]");
    /** A line of a table of contents: 1.1 学校概况.....2 (dots or an ellipsis, then the page). */
    private static final Pattern CONTENTS = Pattern.compile("(\\.{4,}|…{2,})\\s*\\d+\\s*$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** A paragraph or a table, with the section it stands in and its number in the document. */
    public sealed interface Part {
        String section();

        int number();
    }

    /** {@code number}: the paragraph's place under its heading, from 1, as Word shows them; {@code bookmarks}: the vs_ bookmarks in it. */
    public record Paragraph(String section, int number, String text, List<Bookmark> bookmarks) implements Part {
        public Paragraph {
            bookmarks = List.copyOf(bookmarks);
        }
    }

    /** {@code number}: the table's place under its heading, from 1. */
    public record Table(String section, int number, List<List<String>> rows) implements Part {
    }

    /** A bookmark a drafted document puts on a number: its name and the characters of the paragraph it spans. */
    public record Bookmark(String name, int start, int end) {
    }

    /** A file that is not a draft report, or not one the checker can read within {@link DraftLimits}: the reason, as one Chinese line. */
    public static final class UnreadableDraftException extends IOException {
        private final DraftRefusal refusal;

        UnreadableDraftException(DraftRefusal refusal, String fileName, Object... args) {
            super(refusal.line(fileName, args));
            this.refusal = refusal;
        }

        UnreadableDraftException(Throwable cause, DraftRefusal refusal, String fileName, Object... args) {
            this(refusal, fileName, args);
            initCause(cause);
        }

        public DraftRefusal refusal() {
            return refusal;
        }
    }

    /**
     * The draft in the file, read within {@link DraftLimits}. A .txt is read as text; a Word file
     * (.docx, or .doc) by what it holds: a package is read as .docx, an Office 97-2003 file is named
     * for what it is (a .doc to save as .docx, a password-protected file).
     */
    public static DraftText read(Path file) throws IOException {
        String shown = file.toAbsolutePath().toString();
        if (!Files.exists(file)) {
            throw new UnreadableDraftException(DraftRefusal.NOT_FOUND, shown);
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDraftException(DraftRefusal.NOT_A_FILE, shown);
        }
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableDraftException(DraftRefusal.EMPTY, file.toString());
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case "txt" -> {
                if (size > DraftLimits.MAX_TEXT_BYTES) {
                    throw new UnreadableDraftException(DraftRefusal.TEXT_TOO_LARGE, name, megabytes(size), DraftLimits.MAX_TEXT_BYTES >> 20);
                }
                yield new DraftText(name, text(file, name));
            }
            case "docx", "doc" -> {
                if (size > DraftLimits.MAX_WORD_BYTES) {
                    throw new UnreadableDraftException(DraftRefusal.WORD_TOO_LARGE, name, megabytes(size), DraftLimits.MAX_WORD_BYTES >> 20);
                }
                yield new DraftText(name, word(file, name));
            }
            default -> throw new UnreadableDraftException(DraftRefusal.UNSUPPORTED_KIND, name);
        };
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static List<Part> word(Path file, String name) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> docx(file, name);
            case OLE2 -> throw office97(file, name);
            default -> throw new UnreadableDraftException(DraftRefusal.NOT_WORD, name);
        };
    }

    /** What an Office 97-2003 file is, as its streams tell: none is read as a draft. */
    private static UnreadableDraftException office97(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return new UnreadableDraftException(DraftRefusal.ENCRYPTED, name);
            }
            return new UnreadableDraftException(root.hasEntry("WordDocument") ? DraftRefusal.WORD_97 : DraftRefusal.OTHER_OFFICE, name);
        } catch (IOException | RuntimeException e) {
            return new UnreadableDraftException(e, DraftRefusal.NOT_WORD, name);
        }
    }

    private static List<Part> docx(Path file, String name) throws IOException {
        Sections sections = new Sections(name);
        try (OPCPackage pkg = DraftPackage.open(file, name); XWPFDocument document = new XWPFDocument(pkg)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    if (isHeadingStyle(document, paragraph) && !paragraph.getText().isBlank()) {
                        sections.heading(paragraph.getText());
                    } else {
                        sections.paragraph(paragraph.getText(), Bookmarks.of(paragraph));
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        sections.row(row.getTableCells().stream().map(XWPFTableCell::getText).map(String::trim).toList());
                    }
                    sections.endTable();
                }
            }
        } catch (UnreadableDraftException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw new UnreadableDraftException(e, DraftRefusal.NOT_WORD, name);
        }
        return sections.parts;
    }

    /** Whether Word shows the paragraph as a heading: a Heading n or 标题 n style, or an outline level. */
    private static boolean isHeadingStyle(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null;
        }
        String name = document.getStyles() == null || document.getStyles().getStyle(id) == null ? id : document.getStyles().getStyle(id).getName();
        return (id + " " + name).matches("(?i).*(heading|标题)\\s*\\d.*");
    }

    private static List<Part> text(Path file, String name) throws IOException {
        String text = decoded(Files.readAllBytes(file), name);
        Sections sections = new Sections(name);
        for (String line : joinBrokenNumbers(LINE_BREAK.split(text.replace("\uFEFF", "")))) {
            if (line.contains("\t") && !CONTENTS.matcher(line).find()) {
                sections.row(List.of(line.split("\t", -1)).stream().map(String::trim).toList());
            } else if (barCells(line).isPresent()) {
                // 学校｜在校生（人）｜招生（人）, | 学校 | 在校生 |: a table typed with bars; a Markdown rule line (|---|---|) draws no row
                List<String> cells = barCells(line).get();
                if (!cells.stream().allMatch(cell -> cell.matches(":?-{3,}:?"))) {
                    sections.row(cells);
                }
            } else {
                sections.endTable();
                sections.paragraph(line, List.of());
            }
        }
        sections.endTable();
        return sections.parts;
    }

    /**
     * The lines, a number broken by a line (a text copied from a PDF: 在校生 63 / 10 人) joined again;
     * never a table's row, a heading, or the line after one.
     */
    private static List<String> joinBrokenNumbers(String[] lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            int last = joined.size() - 1;
            String previous = last < 0 ? "" : joined.get(last);
            boolean broken = previous.matches("(?s).*[^\\t]*[\\p{IsHan}，,\\s][0-9０-９.,]*[0-9０-９]$") && line.matches("^[0-9０-９][^\\t]*")
                    && !previous.contains("\t") && barCells(previous).isEmpty() && !isHeading(previous.strip()) && !isHeading(line.strip());
            if (broken) {
                joined.set(last, previous + line);
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    /** The cells of a line typed as a table's row with bars (｜ or |): two or more, none a sentence. */
    private static Optional<List<String>> barCells(String line) {
        String row = line.strip().replaceAll("^[｜|]|[｜|]$", "");
        if (!row.matches("(?s).*[｜|].*")) {
            return Optional.empty();
        }
        List<String> cells = List.of(row.split("[｜|]", -1)).stream().map(String::trim).toList();
        return cells.size() >= 2 && cells.stream().noneMatch(cell -> cell.contains("。")) ? Optional.of(cells) : Optional.empty();
    }

    private static boolean isHeading(String line) {
        return HEADING.matcher(line).matches() || CHINESE_HEADING.matcher(line).matches() && !STATES_A_FIGURE.matcher(line).find();
    }

    /** The text of a file that must be UTF-8; one saved by Notepad as "Unicode" or "ANSI" is named for what it is. */
    private static String decoded(byte[] bytes, String name) throws UnreadableDraftException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new UnreadableDraftException(DraftRefusal.UTF_16, name);
        }
        String text;
        try {
            text = strictly(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableDraftException(isGbkText(bytes) ? DraftRefusal.GBK : DraftRefusal.NOT_UTF_8, name);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableDraftException(DraftRefusal.BINARY, name);
        }
        return text;
    }

    private static boolean isGbkText(byte[] bytes) {
        try {
            return strictly(Charset.forName("GB18030"), bytes).indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Follows the headings, so that every part knows its section; skips blank lines and the table of
     * contents; counts paragraphs (a table's rows as the lines they are in a text file) and characters
     * against {@link DraftLimits} as they come.
     */
    private static final class Sections {
        private final String fileName;
        private final List<Part> parts = new ArrayList<>();
        private String section = "";
        private int paragraphsInSection;
        private int tablesInSection;
        /** The rows of the table being read; null between tables. */
        private List<List<String>> table;
        private int lines;
        private long characters;

        Sections(String fileName) {
            this.fileName = fileName;
        }

        void paragraph(String text, List<Bookmark> bookmarks) throws UnreadableDraftException {
            String line = text.strip();
            count(line.length());
            if (line.isEmpty() || CONTENTS.matcher(line).find()) {
                return;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                enter(heading.group(1) + " " + heading.group(2));
                return;
            }
            if (CHINESE_HEADING.matcher(line).matches() && !STATES_A_FIGURE.matcher(line).find()) {
                enter(line);
                return;
            }
            int shift = text.indexOf(line);
            List<Bookmark> inLine = bookmarks.stream().map(b -> new Bookmark(b.name(), b.start() - shift, b.end() - shift)).toList();
            parts.add(new Paragraph(section, ++paragraphsInSection, line, inLine));
        }

        void heading(String text) throws UnreadableDraftException {
            count(text.length());
            enter(text.strip());
        }

        private void enter(String heading) {
            section = heading;
            paragraphsInSection = 0;
            tablesInSection = 0;
        }

        void row(List<String> cells) throws UnreadableDraftException {
            count(cells.stream().mapToLong(String::length).sum());
            if (table == null) {
                table = new ArrayList<>();
            }
            table.add(cells);
        }

        void endTable() {
            if (table != null) {
                parts.add(new Table(section, ++tablesInSection, List.copyOf(table)));
                table = null;
            }
        }

        private void count(long text) throws UnreadableDraftException {
            if (++lines > DraftLimits.MAX_PARAGRAPHS) {
                throw new UnreadableDraftException(DraftRefusal.TOO_MANY_PARAGRAPHS, fileName, DraftLimits.MAX_PARAGRAPHS);
            }
            characters += text;
            if (characters > DraftLimits.MAX_TEXT_CHARS) {
                throw new UnreadableDraftException(DraftRefusal.TOO_MUCH_TEXT, fileName, DraftLimits.MAX_TEXT_CHARS);
            }
        }
    }
}
