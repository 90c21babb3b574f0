package cn.vocstat.ingest;

import cn.vocstat.model.Decimals;
import cn.vocstat.model.FieldLimit;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns a stored cell into the typed value of its field, or into a finding that names the cell. */
final class CellValueReader {

    /** Returned when the cell holds something that cannot be used; a finding was recorded. */
    static final Object INVALID = new Object();

    private static final Set<String> DASHES = Set.of("—", "－", "-", "–", "——", "无", "―");
    private static final Pattern INEXACT = Pattern.compile("约|余|多|左右|以上|以下|上下|大概|大约|近|\\+|~|～|≈|超过|不足");
    private static final Pattern NUMBER_WITH_SUFFIX = Pattern.compile("(-?[\\d,]+(\\.\\d+)?)(\\D+)");
    private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(T.*)?");
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("1e-9");
    /** Decimals beyond which a stored number is not rescaled: no figure of a return has them. */
    private static final int MAX_DECIMALS = 40;

    private final SourceFile file;
    private final List<Finding> findings;

    CellValueReader(SourceFile file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
    }

    /** The value of the cell for the field; null when blank, {@link #INVALID} when unusable. */
    Object read(String sheet, RawCell cell, FieldSpec field) {
        if (cell == null) {
            return null;
        }
        String where = sheet + "!" + cell.ref();
        switch (cell.kind()) {
            case FORMULA_WITHOUT_VALUE -> {
                return invalid(Rule.FORMULA_NO_VALUE, where, field.label(), cell.formula());
            }
            case ERROR -> {
                return invalid(Rule.FORMULA_ERROR, where, field.label(), cell.text());
            }
            default -> { }
        }
        return switch (field.type()) {
            case TEXT -> text(cell, field, where);
            case SCHOOL_CODE -> schoolCode(cell, where);
            case CHOICE, FLAG -> choice(cell, field, where);
            case YEAR -> year(cell, where);
            case DATE -> date(cell, where);
            case COUNT -> count(cell, field, where);
            case AMOUNT -> amount(cell, field, where);
        };
    }

    /** A 专业代码 as the form's dropdown writes it, with the major's name after the code: 700209 新能源汽车运用与维修. */
    private static final Pattern CHOSEN_FROM_LIST = Pattern.compile("^(\\d{6})[^\\d].*$");

    /** Text without the spaces around it; a 专业代码 is read as codes are (the 学校标识码, the registry's): what cannot be seen is no part of it. */
    private Object text(RawCell cell, FieldSpec field, String where) {
        String text = cell.kind() == RawCell.Kind.NUMBER ? plain(cell.text())
                : field == MajorColumn.CODE ? CHOSEN_FROM_LIST.matcher(Labels.normalise(cell.text())).replaceFirst("$1") : Labels.trim(cell.text());
        int length = text.codePointCount(0, text.length());
        int max = field.limit().maxLength();
        return length <= max ? text : invalid(Rule.TEXT_TOO_LONG, where, field.label(), max, length, text);
    }

    private Object schoolCode(RawCell cell, String where) {
        String code = cell.kind() == RawCell.Kind.NUMBER ? plain(cell.text()) : Labels.normalise(cell.text());
        return code.matches("\\d{10}") ? code : invalid(Rule.SCHOOL_CODE_FORMAT, where, cell.text());
    }

    private Object choice(RawCell cell, FieldSpec field, String where) {
        String given = Labels.normalise(cell.text());
        for (String allowed : field.choices()) {
            if (Labels.normalise(allowed).equals(given)) {
                return field.type() == FieldType.FLAG ? "是".equals(allowed) : allowed;
            }
        }
        return invalid(Rule.VALUE_NOT_ALLOWED, where, field.label(), cell.text(), String.join("、", field.choices()));
    }

    private Object year(RawCell cell, String where) {
        String text = cell.kind() == RawCell.Kind.NUMBER ? plain(cell.text()) : Labels.normalise(cell.text());
        if (text.endsWith("年")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.matches("\\d{4}") ? Integer.valueOf(text) : invalid(Rule.YEAR_FORMAT, where, cell.text());
    }

    private Object date(RawCell cell, String where) {
        try {
            if (cell.kind() == RawCell.Kind.NUMBER) {
                double serial = Double.parseDouble(cell.text());
                if (DateUtil.isValidExcelDate(serial) && serial > 1) {
                    return DateUtil.getLocalDateTime(serial).toLocalDate();
                }
            } else {
                Matcher m = DATE_TEXT.matcher(Labels.normalise(cell.text()));
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            }
        } catch (NumberFormatException | DateTimeException e) {
            // falls through to the finding below
        }
        return invalid(Rule.DATE_FORMAT, where, cell.text());
    }

    private Object count(RawCell cell, FieldSpec field, String where) {
        Object number = number(cell, field, where, true);
        if (!(number instanceof BigDecimal value)) {
            return number;
        }
        if (value.signum() < 0 || !isWhole(value)) {
            return invalid(Rule.VALUE_NOT_COUNT, where, field.label(), cell.text());
        }
        return rounded(value, 0);
    }

    private Object amount(RawCell cell, FieldSpec field, String where) {
        Object number = number(cell, field, where, false);
        if (!(number instanceof BigDecimal value)) {
            return number;
        }
        int scale = field.limit().scale();
        if (value.signum() < 0 || !isWithinScale(value, scale)) {
            return invalid(Rule.VALUE_AMOUNT_SCALE, where, field.label(), cell.text());
        }
        return rounded(value, scale);
    }

    /** The value at the field's scale; a value with more decimals than any figure has is binary noise around 0. */
    private static BigDecimal rounded(BigDecimal value, int scale) {
        return value.scale() > MAX_DECIMALS ? BigDecimal.ZERO.setScale(scale) : value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** A whole number, allowing the binary noise a spreadsheet adds (12.000000000000002). */
    private static boolean isWhole(BigDecimal value) {
        return isWithinScale(value, 0);
    }

    /**
     * Whether the value has at most {@code scale} decimals, up to binary noise. Judged by its digits
     * before it is ever rescaled: 1E-999999999 must not make a billion-digit divisor.
     */
    private static boolean isWithinScale(BigDecimal value, int scale) {
        if (value.scale() <= scale) {
            return true;
        }
        if (value.scale() > MAX_DECIMALS) {
            return (long) value.precision() - value.scale() <= -9;
        }
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        return rounded.subtract(value).abs().compareTo(FLOAT_NOISE) <= 0;
    }

    /**
     * The number in the cell, within the field's range, or a finding: a date-formatted cell, an
     * inexact or unit-mismatched text, inner spaces, or a value beyond the field's limit. The range is
     * judged before anything is computed with the number, so 1E+308 or a 20-digit count costs nothing.
     */
    private Object number(RawCell cell, FieldSpec field, String where, boolean count) {
        BigDecimal value;
        if (cell.kind() == RawCell.Kind.NUMBER) {
            if (cell.dateFormatted()) {
                return invalid(Rule.VALUE_IS_DATE, where, field.label(), shownDate(cell.text()));
            }
            value = parsed(cell.text());
            if (value == null) {
                return cell.text().length() > FieldLimit.MAX_NUMBER_CHARS
                        ? outOfRange(where, field, cell.text())
                        : invalid(Rule.VALUE_NOT_NUMBER, where, field.label(), cell.text());
            }
        } else if (cell.kind() == RawCell.Kind.TEXT) {
            Object read = numberInText(cell, field, where, count);
            if (!(read instanceof BigDecimal text)) {
                return read;
            }
            value = text;
        } else {
            return invalid(Rule.VALUE_NOT_NUMBER, where, field.label(), cell.text());
        }
        return value.compareTo(field.limit().max()) > 0 ? outOfRange(where, field, cell.text().trim()) : value;
    }

    private Object numberInText(RawCell cell, FieldSpec field, String where, boolean count) {
        String text = Labels.normalise(cell.text());
        if (count && DASHES.contains(text)) {
            findings.add(Finding.of(Rule.VALUE_DASH_AS_ZERO, file, where, field.label(), cell.text().trim()));
            return BigDecimal.ZERO;
        }
        if (Digits.hasInnerSpace(cell.text())) {
            return invalid(Rule.VALUE_INNER_SPACE, where, field.label(), cell.text().trim());
        }
        String number = withoutUnit(text, field);
        if (Digits.isNumber(number)) {
            return number.length() > FieldLimit.MAX_NUMBER_CHARS ? outOfRange(where, field, cell.text().trim()) : Digits.value(number);
        }
        // after the number forms: the + of an exponent (1.2E+01) is exact, the + of "30+" is not
        if (INEXACT.matcher(text).find()) {
            return invalid(Rule.VALUE_INEXACT, where, field.label(), cell.text().trim());
        }
        Matcher suffixed = NUMBER_WITH_SUFFIX.matcher(text);
        if (suffixed.matches() && !field.units().isEmpty()) {
            return invalid(Rule.VALUE_UNIT, where, field.label(), cell.text().trim(), String.join("或", field.units()),
                    new Rule.Wording(unitAdvice(suffixed, field.units())));
        }
        return invalid(Rule.VALUE_NOT_NUMBER, where, field.label(), cell.text().trim());
    }

    /**
     * What to enter instead of a number with the wrong unit: the number alone when the unit typed is
     * a short form of the field's (1334.5万 for 万元), else the value converted to the field's unit.
     */
    private static String unitAdvice(Matcher suffixed, List<String> units) {
        String number = suffixed.group(1).replace(",", "");
        String typed = suffixed.group(3).strip();
        boolean shortForm = units.stream().anyMatch(unit -> unit.startsWith(typed));
        String advice = shortForm ? "请只填数字 " + number + "（单位为" + units.get(0) + "，不必写出）"
                : "请换算为" + units.get(0) + "后只填数字";
        return advice.length() <= Rule.Wording.MAX_LENGTH ? advice : "请换算为" + units.get(0) + "后只填数字";
    }

    private Object outOfRange(String where, FieldSpec field, String given) {
        return invalid(Rule.VALUE_OUT_OF_RANGE, where, field.label(), given, field.limit().describe());
    }

    /** A number as stored in the sheet XML, or null when it is not one or too long to be a figure of a return. */
    private static BigDecimal parsed(String stored) {
        String text = stored.trim();
        if (text.length() > FieldLimit.MAX_NUMBER_CHARS) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** How Excel shows a date serial: 2025-09-01. */
    private static String shownDate(String serial) {
        BigDecimal value = parsed(serial);
        if (value != null && DateUtil.isValidExcelDate(value.doubleValue())) {
            return DateUtil.getLocalDateTime(value.doubleValue()).toLocalDate().toString();
        }
        return serial;
    }

    private static String withoutUnit(String text, FieldSpec field) {
        return field.units().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(text::endsWith)
                .findFirst()
                .map(unit -> text.substring(0, text.length() - unit.length()))
                .orElse(text);
    }

    private Object invalid(Rule rule, String where, Object... args) {
        findings.add(Finding.of(rule, file, where, args));
        return INVALID;
    }

    /** A number as written in the file, without exponent or trailing zeros: 3614000101, 12, 35.5; a huge exponent is left as written. */
    private static String plain(String stored) {
        BigDecimal value = parsed(stored);
        return value == null || Math.abs(value.scale()) > MAX_DECIMALS ? stored.trim() : Decimals.text(value);
    }
}
