package cn.vocstat.ingest;

import cn.vocstat.rules.Rule;
import java.io.EOFException;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.xml.sax.SAXParseException;

/**
 * Why a workbook could not be read, in words a school can act on: which part of the file, what is
 * wrong with it and what to do. The exception itself goes to the run's log, never to the school.
 */
record WorkbookProblem(Rule rule, Object[] args) {

    private static final String RESAVE = "请用 Excel 或 WPS 打开后重新另存为 .xlsx 再报送";

    /** The problem with a part of the workbook; {@code part} is empty for the file as a whole. */
    static WorkbookProblem of(String part, Throwable failure) {
        String where = part.isEmpty() ? "文件" : "文件中的" + part;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof SheetTooLargeException tooLarge) {
                return new WorkbookProblem(Rule.FILE_TOO_LARGE, new Object[] {tooLarge.sheet, tooLarge.limit});
            }
            if (t instanceof BrokenCellException broken) {
                return unreadable(where + "有误：" + broken.reason + "（文件已损坏），" + RESAVE);
            }
            if (t instanceof EncryptedDocumentException) {
                return new WorkbookProblem(Rule.FILE_ENCRYPTED, new Object[0]);
            }
            if (t instanceof OldExcelFormatException) {
                return new WorkbookProblem(Rule.FILE_LEGACY_XLS, new Object[0]);
            }
            if (t instanceof XlsxGridReader.NotAWorkbookException other) {
                return unreadable(other.what);
            }
            if (message.contains("Zip bomb detected")) {
                return unsafe(where + "解压后是压缩前的 100 倍以上：若表中有大段重复的文字请删除后重新保存，否则文件可能被篡改");
            }
            if (message.contains("exceed the max size") || message.contains("max allowed overall size") || message.contains("text size")) {
                return unsafe(where + "解压后超过 200 MB 或 1000 万字，远超一份报表的大小");
            }
            boolean xml = t instanceof SAXParseException || t instanceof XMLStreamException;
            if (xml && message.contains("DOCTYPE")) {
                return unsafe(where + "含有 DOCTYPE（实体声明），Excel 不会这样写，文件可能被篡改；" + RESAVE);
            }
            if (isTruncation(message)) {
                return unreadable(where + "不完整（文件在保存或传输中被截断），请用原文件重新报送，或" + RESAVE.substring(1));
            }
            if (xml) {
                return unreadable(where + "的格式有误（不是规范的 XML），" + RESAVE);
            }
            if (t instanceof ZipException || t instanceof EOFException) {
                return unreadable(where + "解压失败（压缩数据损坏或不完整），请用原文件重新报送，或" + RESAVE.substring(1));
            }
        }
        return unreadable(where + "无法读取（文件已损坏），" + RESAVE);
    }

    /** How the XML parsers (the JDK's, Aalto) say a part ended in the middle: the file was cut short. */
    private static boolean isTruncation(String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("same entity") || lower.contains("premature end") || lower.contains("unexpected eof")
                || lower.contains("end-of-input");
    }

    private static WorkbookProblem unreadable(String reason) {
        return new WorkbookProblem(Rule.FILE_UNREADABLE, new Object[] {new Rule.Wording(reason)});
    }

    private static WorkbookProblem unsafe(String reason) {
        return new WorkbookProblem(Rule.FILE_UNSAFE_XML, new Object[] {new Rule.Wording(reason)});
    }
}
