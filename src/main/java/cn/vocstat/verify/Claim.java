package cn.vocstat.verify;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * A number a draft states, with what the checker needs to know what it speaks of: the sentence and
 * where the number stands in it (as written), its value in the unit's base (0.63 万人 is 6300 人) and
 * the place of its last written digit, the words before it in its clause, the words right after its
 * unit, and its role: this year's figure, a change, last year's value, a year, a bound (20:1 以内),
 * one end of a range (98.5% 至 99.4%) or a fraction (三分之一, whose value is its numerator and whose
 * scale is its denominator: the checker compares it with the nearest fraction of that denominator).
 * {@code statedYear}: the year its clause states before it (2024 年在校生 6543 人), whose data it is.
 */
public record Claim(String location, String sentence, int start, int end, String shown, BigDecimal value, int scale, String unit,
                    String before, String after, Kind kind, String direction, OptionalInt statedYear) {

    public enum Kind { FIGURE, CHANGE, PRIOR, YEAR, BOUND, RANGE, FRACTION }

    /** The same number in another unit (the range's low end written without the unit its high end has). */
    Claim withUnit(String newUnit) {
        return new Claim(location, sentence, start, end, shown + suffix(newUnit).strip(), value, scale, newUnit, before, after, kind, direction,
                statedYear);
    }

    /** The same number read with other words before it (the figure its sentence named earlier). */
    Claim withWordsBefore(String words) {
        return new Claim(location, sentence, start, end, shown, value, scale, unit, words, after, kind, direction, statedYear);
    }

    /** Decimals as written: 12.67 has two, 13 none, 0.63 万 minus two (it is exact to the hundred). */
    public int decimals() {
        return scale;
    }

    /** The number with its unit, as the results show it. */
    public String written() {
        return shown;
    }

    /** How a unit follows its number: 77.51%, 12.67:1, 6310 人. */
    static String suffix(String unit) {
        return unit.isEmpty() || unit.equals("%") || unit.equals(":1") ? unit : " " + unit;
    }
}
