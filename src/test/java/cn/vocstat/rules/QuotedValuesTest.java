package cn.vocstat.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value quoted in a message shows what the officer cannot see: a no-break space, a zero-width
 * space, a BOM, another Unicode space or a control character is named in brackets, so the message
 * says what to delete; and a value made of them makes no message longer than the stored limit.
 */
class QuotedValuesTest {

    @TempDir
    Path dir;

    @Test
    void aTrailingNoBreakSpaceInACodeIsNamed() {
        assertEquals("学校标识码“3614000101[NBSP]”不在学校名录中，请核对标识码", Rule.SCHOOL_UNKNOWN.message("3614000101\u00A0"));
    }

    @Test
    void eachInvisibleCharacterAsOfficesPasteThemIsNamed() {
        assertEquals("[ZWSP]3614000101", Rule.quoted("\u200B3614000101"));
        assertEquals("[BOM]盂县职业技术学校", Rule.quoted("\uFEFF盂县职业技术学校"));
        assertEquals("1[NNBSP]300", Rule.quoted("1\u202F300"));
        assertEquals("12[U+2003]3", Rule.quoted("12\u20033"), "an em space is a space the officer cannot tell from another");
        assertEquals("盂县[全角空格]职业技术学校", Rule.quoted("盂县\u3000职业技术学校"));
        assertEquals("约30[TAB]人[LF]（另有兼职）", Rule.quoted("约30\t人\n（另有兼职）"));
        assertEquals("30[U+0007][CR]", Rule.quoted("30\u0007\r"));
        assertEquals("[U+202E]xslx.exe", Rule.quoted("\u202Exslx.exe"), "a right-to-left override does not reverse the message");
    }

    @Test
    void whatAnyoneCanSeeIsQuotedAsItIs() {
        for (String value : new String[] {"盂县职业技术学校", "30 余人", "3+2", "１２人", "Ｏ", "😀 表情"}) {
            assertEquals(value, Rule.quoted(value));
        }
    }

    @Test
    void aValueOfInvisibleCharactersIsCutLikeAnyOtherAndKeepsEachNameWhole() {
        String quoted = Rule.quoted("\u200B".repeat(60));

        assertEquals("[ZWSP]".repeat(8) + "…", quoted);
        assertTrue(quoted.length() <= Rule.QUOTED_MAX_LENGTH, quoted);
        assertEquals("甲".repeat(50) + "…", Rule.quoted("甲".repeat(51)));
        assertEquals("甲".repeat(47) + "…", Rule.quoted("甲".repeat(47) + "\u00A0"), "a name that would cross the limit is left out whole");
    }

    @Test
    void noMessageOutgrowsWhatTheDatabaseHolds() {
        String invisible = "\u0007\u200B\u00A0".repeat(100);
        for (Rule rule : Rule.values()) {
            Object[] args = new Object[5];
            java.util.Arrays.fill(args, invisible);
            String message = rule.message(args);
            assertTrue(message.length() <= Rule.maxMessageLength(), rule + ": " + message.length() + " > " + Rule.maxMessageLength());
        }
    }

    @Test
    void aCountCellWithAPastedNoBreakSpaceTellsTheOfficerWhatIsInIt() throws IOException {
        ReturnReading reading = Fixtures.checked(dir, "return.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "教师队伍", "B3").setCellValue("约\u00A0120"));

        Finding finding = reading.findings().stream().filter(f -> f.location().equals("教师队伍!B3")).findFirst().orElseThrow();
        assertTrue(finding.message().contains("“约[NBSP]120”"), finding.message());
        assertFalse(finding.message().contains("\u00A0"), finding.message());
    }
}
