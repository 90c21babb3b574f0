package cn.vocstat.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The cap on findings of one rule about one file holds however many stages add to the list: each
 * stage caps what it has, and a later stage's findings of a capped rule are counted into the one
 * summary line, never a second one.
 */
class FindingCapTest {

    private static final String FILE = "盂县职校-2025.xlsx";

    private static List<Finding> notNumbers(String file, int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(row -> Finding.of(Rule.VALUE_NOT_NUMBER, file, "学生与专业!H" + row, "在校生数", "待统计")).toList();
    }

    private static List<Finding> summaries(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() == Rule.FINDINGS_CAPPED).toList();
    }

    private static List<Finding> plus(List<Finding> first, List<Finding> more) {
        List<Finding> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    @Test
    void aRuleKeepsItsFirstFindingsAndOneLineCountsTheRest() {
        List<Finding> capped = Finding.capped(notNumbers(FILE, 1, 250));

        assertEquals(Finding.MAX_PER_RULE + 1, capped.size());
        assertEquals("学生与专业!H1", capped.get(0).location());
        assertEquals("学生与专业!H100", capped.get(Finding.MAX_PER_RULE - 1).location());
        assertEquals("另有 150 处同类问题（V-NUM-01），只列出前 100 处", capped.get(Finding.MAX_PER_RULE).message());
        assertEquals(FILE, capped.get(Finding.MAX_PER_RULE).fileName());
    }

    @Test
    void aLaterStagesFindingsOfACappedRuleAreCountedIntoItsOneSummary() {
        List<Finding> read = Finding.capped(notNumbers(FILE, 1, 250));
        List<Finding> checked = Finding.capped(plus(read, plus(notNumbers(FILE, 1000, 1_230),
                List.of(Finding.of(Rule.VALUE_NOT_ALLOWED, FILE, "基本信息!C5", "学校类型", "中职", "普通中等专业学校、职业高中…")))));

        assertEquals(List.of("另有 1,380 处同类问题（V-NUM-01），只列出前 100 处"), summaries(checked).stream().map(Finding::message).toList());
        assertEquals(Finding.MAX_PER_RULE, checked.stream().filter(f -> f.rule() == Rule.VALUE_NOT_NUMBER).count());
        assertEquals(Rule.VALUE_NOT_ALLOWED, checked.get(checked.size() - 1).rule(), "the other rule's finding is kept, after the summary");
        assertEquals(checked, Finding.capped(checked), "capping a capped list again changes nothing");
    }

    @Test
    void aSummaryStaysWhenALaterListNoLongerHoldsItsRulesFindings() {
        List<Finding> summaryOnly = summaries(Finding.capped(notNumbers(FILE, 1, 101)));

        assertEquals(summaryOnly, Finding.capped(summaryOnly));
    }

    @Test
    void eachFileHasItsOwnCap() {
        List<Finding> capped = Finding.capped(plus(notNumbers(FILE, 1, 120), notNumbers("平定职中-2025.xlsx", 1, 100)));

        assertEquals(List.of(FILE), summaries(capped).stream().map(Finding::fileName).toList());
        assertEquals(100, capped.stream().filter(f -> f.fileName().equals("平定职中-2025.xlsx")).count());
    }
}
