package cn.vocstat.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Chinese numerals as reports write them, and what a hostile draft writes instead: never a crash, at worst no number. */
class ChineseNumeralsTest {

    @Test
    void numeralsAsReportsWriteThem() {
        assertEquals(new BigDecimal("6"), ChineseNumerals.parse("六"));
        assertEquals(new BigDecimal("18"), ChineseNumerals.parse("十八"));
        assertEquals(new BigDecimal("105"), ChineseNumerals.parse("一百零五"));
        assertEquals(new BigDecimal("2300"), ChineseNumerals.parse("两千三百"));
        assertEquals(new BigDecimal("77.51"), ChineseNumerals.parse("七十七点五一"));
        assertEquals(new BigDecimal("2025"), ChineseNumerals.parse("二〇二五"));
    }

    @Test
    void aNumeralLargerThanAnyFigureIsNoNumber() {
        assertNull(ChineseNumerals.parse("九".repeat(40)));
        assertNull(ChineseNumerals.parse("九".repeat(40) + "点五"));
    }
}
