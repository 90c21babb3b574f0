package cn.vocstat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of codes and numbers typed as text that returns and the bureau's files share. */
class DigitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3614000101\u00A0", "\u200B3614000101", "\uFEFF3614000101", "３６１４０００１０１", " 3614000101\u3000", "3614 000101"})
    void aCodeIsTheDigitsOneSees(String typed) {
        assertEquals("3614000101", Labels.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "３３.２９|33.29", "33．29|33.29", "15，755.57|15755.57", "1，575，557.00|1575557.00", "-12|-12",
            "1.2E+01|12", "6.8e1|68", "3.329E+09|3329000000", "1.575557E+04|15755.57"})
    void aNumberIsTheExactValueItWrites(String typed, String value) {
        String number = Labels.normalise(typed);
        assertTrue(Digits.isNumber(number), number);
        assertEquals(0, new BigDecimal(value).compareTo(Digits.value(number)), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,33", "1,23,456", "12,", ".5", "1.2E", "1E+1234", "30+", "约30", "12人", ""})
    void anythingElseIsNoNumber(String typed) {
        assertFalse(Digits.isNumber(Labels.normalise(typed)), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 3", "1\u202F3", "1\u20093", "1\u20073", "1\u205F3", "1\u00A03", "1\u30003", "1\u200B3", "15 755.57", "12 .5", "1 ,234", "1. 5", "1, 234"})
    void aSpaceOfAnyKindBetweenDigitsIsInside(String typed) {
        assertTrue(Digits.hasInnerSpace(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 13 ", "\u00A013\u202F", "13 人", "约 30", "３３.２９", "12人, 3人"})
    void aSpaceAroundANumberOrAfterItsDigitsIsNotInside(String typed) {
        assertFalse(Digits.hasInnerSpace(typed), typed);
    }
}
