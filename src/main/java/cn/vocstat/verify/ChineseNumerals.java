package cn.vocstat.verify;

import java.math.BigDecimal;

/** Numbers written in Chinese numerals: 六, 十八, 一百零五, 两千三百, 0.63 万's 万, 七十七点五一. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or null when the characters are not a number (万万, 点 alone). */
    static BigDecimal parse(String text) {
        String[] parts = text.replace('〇', '零').replace('两', '二').split("点", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            return null;
        }
        Long whole = integer(parts[0]);
        if (whole == null) {
            return null;
        }
        if (parts.length == 1) {
            return BigDecimal.valueOf(whole);
        }
        StringBuilder decimals = new StringBuilder();
        for (char c : parts[1].toCharArray()) {
            int digit = DIGITS.indexOf(c);
            if (digit < 0) {
                return null;
            }
            decimals.append(digit);
        }
        return decimals.isEmpty() ? null : new BigDecimal(whole + "." + decimals);
    }

    /** The whole number, or null when it is none, or larger than any figure a report states (九九九… written on and on). */
    private static Long integer(String text) {
        try {
            return exactInteger(text);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Long exactInteger(String text) {
        if (text.length() > 1 && text.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
            long value = 0;
            for (char c : text.toCharArray()) {
                value = Math.addExact(Math.multiplyExact(value, 10), DIGITS.indexOf(c));
            }
            return value;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit >= 10_000) {
                section = Math.multiplyExact(section + Math.max(digit, 0), unit);
                total = Math.addExact(total, section);
                section = 0;
            } else {
                section = Math.addExact(section, (digit < 0 ? 1 : digit) * unit);
            }
            digit = -1;
        }
        return Math.addExact(Math.addExact(total, section), Math.max(digit, 0));
    }
}
