package cn.vocstat.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The values read from one key / value sheet or one table row, each with the cell it came from.
 * A field that was left blank is absent. Values are {@link String}, {@link Boolean},
 * {@link BigDecimal}, {@link Integer} or {@link java.time.LocalDate}, by the field's type.
 */
public record Figures<F extends FieldSpec>(String sheet, int row, Map<F, Object> values, Map<F, String> cells) implements Serializable {

    public Figures {
        values = Map.copyOf(values);
        cells = Map.copyOf(cells);
    }

    /** A sheet with nothing read from it. */
    public static <F extends FieldSpec> Figures<F> none(String sheet) {
        return new Figures<>(sheet, 0, Map.of(), Map.of());
    }

    public String text(F field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }

    public BigDecimal number(F field) {
        return (BigDecimal) values.get(field);
    }

    /** A count or amount, 0 when not reported. */
    public BigDecimal amount(F field) {
        BigDecimal value = number(field);
        return value == null ? BigDecimal.ZERO : value;
    }

    public boolean flag(F field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    public Object value(F field) {
        return values.get(field);
    }

    /** Where the field was read, e.g. {@code 学生与专业!J7}; the sheet alone when it was not found. */
    public String location(F field) {
        String cell = cells.get(field);
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
