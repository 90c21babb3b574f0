package cn.vocstat.reference;

import cn.vocstat.ingest.Labels;
import cn.vocstat.reference.ReferenceLoader.MissingReferenceException;
import cn.vocstat.reference.ReferenceLoader.UnreadableReferenceException;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reference CSV file read as offices save it: UTF-8 with or without a BOM, else GBK as Excel's
 * "CSV（逗号分隔）" writes it on a Chinese Windows (read as GB18030, of which GBK is a part); RFC 4180
 * with the header first, its names compared as labels are; empty rows, and columns without a header
 * name, ignored (Excel writes {@code ,,,} for formatted empty cells). A malformed line is left out
 * with a finding that names it and says what is wrong; a file that cannot be read whole is refused
 * ({@link UnreadableReferenceException}), never read in part.
 */
final class ReferenceCsv {

    /** What a file's bytes were read as, in the words the operator reads. */
    enum Encoding {
        UTF_8("UTF-8"),
        UTF_8_BOM("UTF-8，带 BOM"),
        GB18030("GB18030，兼容 GBK");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A line of data: the line of the file it starts on, and its record, read by the header's normalised names. */
    record Line(long number, CSVRecord record) {

        /** The value in the column, without spaces of any kind around it; "" when the file or the line has no such column. */
        String text(String header) {
            String name = Labels.normalise(header);
            return record.isSet(name) ? Labels.trim(record.get(name)) : "";
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceCsv.class);
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Header names quoted when a required one is missing: enough to see what the file holds instead. */
    private static final int HEADER_SHOWN = 60;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();

    private final String path;
    private final String name;
    private final Encoding encoding;
    private final String text;
    /** Where each line of the text starts: a record's line is found from its first character. */
    private final int[] lineStarts;
    private final List<String> header = new ArrayList<>();
    /** The columns the header names: a value beyond the last of them has no column to go to. */
    private int width;
    /**
     * The columns a line must reach: up to the last required one. Excel leaves out the commas of
     * empty cells at the end of a line (after the first few lines of a sheet), so a line that stops
     * after its last required column is whole, its later columns empty.
     */
    private final List<String> required = new ArrayList<>();
    /** Where the lines of data start: after the header. */
    private int dataStart;
    private final List<Line> lines = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();

    private ReferenceCsv(String path, String name, Encoding encoding, String text) {
        this.path = path;
        this.name = name;
        this.encoding = encoding;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Reads the file, whose header must name every column of {@code required}. A file that is not
     * there is {@link MissingReferenceException}; one that cannot be read whole is {@link UnreadableReferenceException}.
     */
    static ReferenceCsv read(Path file, List<String> required) {
        if (Files.isDirectory(file)) {
            throw new UnreadableReferenceException(file.toString(), "这是一个文件夹，不是 CSV 文件");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MissingReferenceException(file);
        } catch (AccessDeniedException e) {
            throw new UnreadableReferenceException(file.toString(), "没有读取权限");
        } catch (IOException e) {
            LOG.warn("参考数据文件 {} 读取失败", file, e);
            throw new UnreadableReferenceException(file.toString(), "读取文件时出错（磁盘或网络故障，详见日志）");
        }
        return parse(bytes, file.toString(), file.getFileName().toString(), required);
    }

    /** Reads a file's bytes; {@code path} names it in a refusal, {@code name} in a finding. */
    static ReferenceCsv parse(byte[] bytes, String path, String name, List<String> required) {
        ReferenceCsv csv = decode(bytes, path, name);
        csv.readHeader(required);
        csv.readLines();
        return csv;
    }

    /** The file name, as findings name the file. */
    String name() {
        return name;
    }

    Encoding encoding() {
        return encoding;
    }

    /** The header's names, normalised, in file order ("" for a cell without one). */
    List<String> header() {
        return List.copyOf(header);
    }

    /** The lines of data that could be read, in file order. */
    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** A finding for each line left out. */
    List<Finding> problems() {
        return List.copyOf(problems);
    }

    /** The line a record of this file starts on. */
    long lineOf(CSVRecord record) {
        return lineOf(recordStart(record));
    }

    /** A file that is valid UTF-8 is UTF-8; otherwise GB18030. UTF-16 (Excel's "Unicode 文本") and binary files are refused. */
    private static ReferenceCsv decode(byte[] bytes, String path, String name) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new UnreadableReferenceException(path, "文件是 UTF-16 编码（Excel 的“Unicode 文本”），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableReferenceException(path, "第 " + lineOfByte(bytes, i) + " 行有空字节，不是 CSV 文本（可能是没有 BOM 的 UTF-16 文本，"
                        + "或改了扩展名的 Excel 工作簿）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”");
            }
        }
        boolean bom = bytes.length >= UTF_8_BOM.length && Arrays.equals(bytes, 0, UTF_8_BOM.length, UTF_8_BOM, 0, UTF_8_BOM.length);
        int from = bom ? UTF_8_BOM.length : 0;
        Decoded utf8 = decode(bytes, from, StandardCharsets.UTF_8);
        Decoded decoded = utf8;
        Encoding encoding = bom ? Encoding.UTF_8_BOM : Encoding.UTF_8;
        if (utf8.text() == null && bom) {
            throw new UnreadableReferenceException(path, "文件开头标明是 UTF-8 编码，但第 " + lineOfByte(bytes, utf8.badByte())
                    + " 行有不是 UTF-8 的字节：请在 Excel 中重新另存为“CSV UTF-8（逗号分隔）”");
        }
        if (utf8.text() == null) {
            decoded = decode(bytes, from, Charset.forName("GB18030"));
            encoding = Encoding.GB18030;
        }
        if (decoded.text() == null) {
            throw new UnreadableReferenceException(path, "既不是 UTF-8 也不是 GBK/GB18030 编码的文本（第 " + lineOfByte(bytes, decoded.badByte())
                    + " 行有无法识别的字节），可能是改了扩展名的其他文件：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”");
        }
        return new ReferenceCsv(path, name, encoding, decoded.text());
    }

    /** The bytes as text, or where the first byte that does not belong to the charset is. */
    private record Decoded(String text, int badByte) {
    }

    private static Decoded decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        // neither charset makes more characters than it reads bytes
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? new Decoded(null, in.position()) : new Decoded(out.flip().toString(), -1);
    }

    /** A line break is a byte of its own in UTF-8 and in GB18030: the line of a byte is the line breaks (LF, CR or CRLF) before it, plus one. */
    private static long lineOfByte(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** The first line that is not blank is the header; its names are compared as labels are, and must hold every required one once. */
    private void readHeader(List<String> required) {
        CSVRecord first = null;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (Iterator<CSVRecord> records = parser.iterator(); first == null && records.hasNext(); ) {
                CSVRecord record = records.next();
                first = isBlank(record) ? null : record;
            }
        } catch (IOException | UncheckedIOException e) {
            QuoteScan scan = QuoteScan.of(text, firstNonEmptyLine(0));
            throw new UnreadableReferenceException(path, "表头无法按 CSV 读取：第 " + lineOf(firstNonEmptyLine(0)) + " 行"
                    + (scan.fault() == null ? "" : "第 " + scan.column() + " 列" + scan.fault()));
        }
        if (first == null) {
            throw new UnreadableReferenceException(path, "文件是空的，没有表头");
        }
        first.forEach(cell -> header.add(Labels.normalise(cell)));
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty()) {
                width = i + 1;
                if (header.indexOf(header.get(i)) < i) {
                    throw new UnreadableReferenceException(path, "表头中有两列都是“" + header.get(i) + "”，无法确定以哪一列为准");
                }
            }
        }
        List<String> missing = required.stream().filter(column -> !header.contains(Labels.normalise(column))).toList();
        required.forEach(column -> this.required.add(Labels.normalise(column)));
        if (!missing.isEmpty()) {
            String found = String.join(",", first.toList());
            throw new UnreadableReferenceException(path, "缺少“" + String.join("”“", missing) + "”列（第 " + lineOf(recordStart(first))
                    + " 行的表头是：" + (found.length() > HEADER_SHOWN ? found.substring(0, HEADER_SHOWN) + "…" : found) + "）");
        }
        header.subList(width, header.size()).clear();
        dataStart = lineAfter(recordEnd(recordStart(first)));
    }

    /**
     * Reads the lines after the header. Commons CSV stops at the first line it cannot parse: that line
     * gets its finding and the reading goes on from the next line, so one malformed line loses itself only.
     */
    private void readLines() {
        CSVFormat data = FORMAT.builder().setHeader(header.toArray(String[]::new)).get();
        int resumeAt = dataStart;
        while (resumeAt < text.length()) {
            int nextRecord = resumeAt;
            try (CSVParser parser = parserAt(resumeAt, data)) {
                for (CSVRecord record : parser) {
                    accept(record);
                    nextRecord = lineAfter(recordEnd(recordStart(record)));
                }
                return;
            } catch (IOException | UncheckedIOException e) {
                int failedAt = firstNonEmptyLine(nextRecord);
                LOG.debug("{} 第 {} 行无法按 CSV 读取", path, lineOf(failedAt), e);
                misquoted(failedAt);
                resumeAt = lineAfter(failedAt);
            }
        }
    }

    /** A parser of the text from {@code offset} on, whose records know where they are in the whole text. */
    private CSVParser parserAt(int offset, CSVFormat format) throws IOException {
        StringReader reader = new StringReader(text);
        reader.skip(offset);
        return CSVParser.builder().setReader(reader).setFormat(format).setCharacterOffset(offset).get();
    }

    private void accept(CSVRecord record) {
        int start = recordStart(record);
        if (isBlank(record)) {
            return;
        }
        if (record.stream().anyMatch(value -> value.indexOf('"') >= 0) && QuoteScan.of(text, start).fault() != null) {
            misquoted(start);
            return;
        }
        long line = lineOf(start);
        String cutOff = required.stream().filter(column -> header.indexOf(column) >= record.size()).findFirst().orElse(null);
        if (cutOff != null) {
            problem(Rule.REFERENCE_SHORT_LINE, line, record.size(), cutOff, header.indexOf(cutOff) + 1);
            return;
        }
        for (int column = width; column < record.size(); column++) {
            if (!Labels.trim(record.get(column)).isEmpty()) {
                problem(Rule.REFERENCE_EXTRA_VALUE, line, column + 1, record.get(column));
                return;
            }
        }
        lines.add(new Line(line, record));
    }

    /** The finding for the record at {@code start}, which misuses quotes; one that cannot be explained so stops the reading. */
    private void misquoted(int start) {
        long line = lineOf(start);
        QuoteScan scan = QuoteScan.of(text, start);
        if (scan.fault() == null) {
            throw new UnreadableReferenceException(path, "第 " + line + " 行无法按 CSV 读取");
        }
        problem(Rule.REFERENCE_QUOTES, line, scan.column(), new Rule.Wording(scan.fault()));
    }

    /** A line left out: the rule's message starts with the file and the line. */
    private void problem(Rule rule, long line, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = name;
        args[1] = line;
        System.arraycopy(details, 0, args, 2, details.length);
        problems.add(Finding.of(rule, name, "第" + line + "行", args));
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(value -> Labels.trim(value).isEmpty());
    }

    /** Where a record starts: Commons CSV counts the empty lines it skipped before it as its own. */
    private int recordStart(CSVRecord record) {
        int start = (int) record.getCharacterPosition();
        while (start < text.length() && isLineBreak(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the record starting at {@code start} ends: its last line break, quoted ones inside it not counted. */
    private int recordEnd(int start) {
        return QuoteScan.of(text, start).end();
    }

    /** The start of the first line at or after {@code start} (a line start) that is not empty. */
    private int firstNonEmptyLine(int start) {
        int at = start;
        while (at < text.length() && isLineBreak(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The start of the line after the one {@code offset} is on. */
    private int lineAfter(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        int index = line >= 0 ? line : -line - 2;
        return index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length();
    }

    private long lineOf(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        return (line >= 0 ? line : -line - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * The double quotes of the record that starts at {@code start}, read as RFC 4180 (and Excel, when it
     * saves) writes them: where the record ends, and the first quote misused, with its column and
     * what is wrong. Commons CSV refuses two misuses without saying which, and takes the third (a
     * quote in text that is not quoted as a whole) as it stands.
     */
    private record QuoteScan(int end, int column, String fault) {

        static QuoteScan of(String text, int start) {
            int column = 1;
            int at = start;
            while (true) {
                at = skipSpaces(text, at);
                if (at < text.length() && text.charAt(at) == '"') {
                    int closing = closingQuote(text, at + 1);
                    if (closing < 0) {
                        return new QuoteScan(text.length(), column, "以英文双引号开头，但直到文件末尾都没有与之配对的引号");
                    }
                    at = skipSpaces(text, closing + 1);
                    if (at < text.length() && text.charAt(at) != ',' && !isLineBreak(text.charAt(at))) {
                        return new QuoteScan(at, column, "的引号结束后还有文字");
                    }
                } else {
                    for (; at < text.length() && text.charAt(at) != ',' && !isLineBreak(text.charAt(at)); at++) {
                        if (text.charAt(at) == '"') {
                            return new QuoteScan(at, column, "没有整体用英文双引号括起，其中却有英文双引号");
                        }
                    }
                }
                if (at >= text.length() || isLineBreak(text.charAt(at))) {
                    return new QuoteScan(at, column, null);
                }
                at++;
                column++;
            }
        }

        /** The quote that closes a quoted value whose text starts at {@code from} ("" inside it is a quote), or -1. */
        private static int closingQuote(String text, int from) {
            for (int at = from; at < text.length(); at++) {
                if (text.charAt(at) == '"') {
                    if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                        at++;
                    } else {
                        return at;
                    }
                }
            }
            return -1;
        }

        /** Past the spaces around a value, which Commons CSV ignores as it is told to (a line break ends the record). */
        private static int skipSpaces(String text, int from) {
            int at = from;
            while (at < text.length() && text.charAt(at) != ',' && !isLineBreak(text.charAt(at)) && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at;
        }
    }
}
