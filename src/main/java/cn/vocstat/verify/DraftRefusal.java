package cn.vocstat.verify;

import cn.vocstat.rules.ShownText;
import java.util.Locale;

/**
 * Why a file is not read as a draft: one Chinese line that names the file, says what is wrong and
 * what to do. The first argument of every message is the file's name.
 */
public enum DraftRefusal {
    NOT_FOUND("找不到文件：%s"),
    NOT_A_FILE("%s 不是普通文件（是目录、管道或设备）：请给出报告草稿文件（.docx 或 .txt）"),
    EMPTY("文件是空的：%s"),
    UNSUPPORTED_KIND("无法核对 %s：只能读取 Word 文档（.docx）和 UTF-8 文本（.txt）；PDF 请先另存为 .docx 或复制为 .txt"),
    WORD_TOO_LARGE("%s 有 %d MB，超过报告草稿的上限 %d MB：请在 Word 中压缩图片（文件 → 压缩图片）后另存一份再核对，或把文字复制为 .txt 核对"),
    TEXT_TOO_LARGE("%s 有 %d MB，超过文本草稿的上限 %d MB（一份报告的文字只有几百 KB）：请确认选对了文件"),
    WORD_97("%s 是 Word 97-2003 文档（.doc）：请在 Word 或 WPS 中另存为 .docx 后再核对"),
    ENCRYPTED("%s 设置了打开密码（加密文档），无法读取：请在 Word 或 WPS 中取消密码（文件 → 信息 → 保护文档），另存为 .docx 后再核对"),
    OTHER_OFFICE("%s 是 Excel、PowerPoint 等其他 Office 97-2003 文件，不是 Word 文档：请给出报告草稿（.docx 或 .txt）"),
    NOT_WORD("%s 不是可以读取的 Word 文档（.docx）：文件已损坏、不完整，或是其他文件改了扩展名；请在 Word 或 WPS 中打开后另存为 .docx 再核对"),
    TOO_MANY_PARTS("%s 含有超过 %,d 个部件，Word 不会这样保存（文件可能被篡改）：请在 Word 或 WPS 中打开后另存为 .docx 再核对"),
    ZIP_BOMB("%s 的部件 %s 解压后超过压缩时的 %d 倍（压缩炸弹），Word 不会这样保存：请在 Word 或 WPS 中打开后另存为 .docx 再核对"),
    PART_TOO_LARGE("%s 的部件 %s 解压后超过 %d MB，超出报告草稿的上限：请在 Word 中压缩图片（文件 → 压缩图片）后另存一份再核对"),
    UNPACKED_TOO_LARGE("%s 解压后超过 %d MB，超出报告草稿的上限：请在 Word 中压缩图片（文件 → 压缩图片）后另存一份再核对"),
    DOCTYPE("%s 的部件 %s 含有 DOCTYPE（实体声明），Word 不会这样保存，文件可能被篡改：请在 Word 或 WPS 中打开后另存为 .docx 再核对"),
    TOO_COMPLEX("%s 的结构过于复杂（超过 %,d 个 XML 元素），超出报告草稿的上限：请在 Word 或 WPS 中另存为 .docx 后再核对，或把草稿分成几份分别核对"),
    TOO_MANY_PARAGRAPHS("%s 有超过 %,d 段（含空行和表格中的段落），超出报告草稿的上限：请确认选对了文件，或把草稿分成几份分别核对"),
    TOO_MUCH_TEXT("%s 的文字超过 %,d 字，超出报告草稿的上限：请确认选对了文件，或把草稿分成几份分别核对"),
    UTF_16("%s 是 UTF-16 编码（记事本中的“Unicode”）的文本：请用记事本“另存为”，编码选 UTF-8 后再核对"),
    GBK("%s 是 GBK 编码（记事本中的“ANSI”）的文本，不是 UTF-8：请用记事本“另存为”，编码选 UTF-8 后再核对"),
    NOT_UTF_8("%s 不是 UTF-8 文本：请用“另存为”选 UTF-8 编码保存后再核对"),
    BINARY("%s 是二进制文件（含有 NUL 字节），不是文本报告：请给出报告草稿（.docx 或 .txt）");

    private final String template;

    DraftRefusal(String template) {
        this.template = template;
    }

    /** The line for this file; in the names it quotes (the file's, a part's) a character that does not show is named, [LF] for a line break. */
    String line(String fileName, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = ShownText.of(fileName);
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i] instanceof String name ? ShownText.of(name) : args[i];
        }
        return String.format(Locale.ROOT, template, all);
    }
}
