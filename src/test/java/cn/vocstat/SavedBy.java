package cn.vocstat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** How an office's tool writes a table given as CSV text (LF, commas). */
public enum SavedBy {
    /** Excel's "CSV（逗号分隔）" on a Chinese Windows: the ANSI code page, GBK; CRLF; no BOM. */
    EXCEL_CSV(Charset.forName("GBK"), new byte[0], "\r\n", ","),
    /** Excel's "CSV UTF-8（逗号分隔）": a BOM, CRLF. */
    EXCEL_CSV_UTF8(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\r\n", ","),
    /** WPS or a text editor on Linux: UTF-8 without BOM, LF. */
    PLAIN_UTF8(StandardCharsets.UTF_8, new byte[0], "\n", ","),
    /** An old Mac editor (and Excel for Mac's "CSV（Macintosh）"): lines ended by CR alone. */
    CR_ONLY_UTF8(StandardCharsets.UTF_8, new byte[0], "\r", ","),
    /** Excel's "Unicode 文本", chosen by mistake for a CSV file: UTF-16LE with its BOM, tabs. */
    EXCEL_UNICODE_TEXT(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "\r\n", "\t");

    private final Charset charset;
    private final byte[] bom;
    private final String lineBreak;
    private final String delimiter;

    SavedBy(Charset charset, byte[] bom, String lineBreak, String delimiter) {
        this.charset = charset;
        this.bom = bom;
        this.lineBreak = lineBreak;
        this.delimiter = delimiter;
    }

    /** The text's bytes; a character the charset lacks fails the test rather than becoming "?". */
    public byte[] bytes(String text) throws CharacterCodingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        ByteBuffer encoded = charset.newEncoder().encode(CharBuffer.wrap(text.replace(",", delimiter).replace("\n", lineBreak)));
        out.write(encoded.array(), 0, encoded.limit());
        return out.toByteArray();
    }

    public void save(Path file, String text) throws IOException {
        Files.write(file, bytes(text));
    }
}
