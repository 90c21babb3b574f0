package cn.vocstat.indicator;

import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.Figures;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.SourceFile;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which indicators each school figure feeds, found by computing them: every indicator is computed
 * for a return, then again with one figure changed, and those whose value moved use that figure.
 * So it follows the indicator catalogue's formulas as written, and cannot drift from them.
 */
public final class FigureUse {

    private static final BigDecimal BASE = new BigDecimal("100");
    private static final BigDecimal PROBE = new BigDecimal("137");
    private static final Map<String, List<Indicator>> BY_COLUMN = probe();

    private FigureUse() {
    }

    /** The indicators computed from the figure stored in this {@code vs_school} column, in catalogue order. */
    public static List<Indicator> of(String column) {
        return BY_COLUMN.getOrDefault(column, List.of());
    }

    private static Map<String, List<Indicator>> probe() {
        Map<Indicator, BigDecimal> base = values(probeReturn(null));
        Map<String, List<Indicator>> uses = new LinkedHashMap<>();
        for (SchoolFigure figure : SchoolFigure.ALL) {
            Map<Indicator, BigDecimal> changed = values(probeReturn(figure.field()));
            uses.put(figure.column(), Stream.of(Indicator.values()).filter(i -> !i.fromCityStatistics())
                    .filter(i -> !Objects.equals(base.get(i), changed.get(i))).toList());
        }
        return uses;
    }

    private static Map<Indicator, BigDecimal> values(SchoolReturn school) {
        Totals totals = Totals.of(List.of(school));
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            if (!indicator.fromCityStatistics()) {
                values.put(indicator, indicator.compute(totals).value());
            }
        }
        return values;
    }

    /** A return with every count and amount at one value, and {@code changed} (if any) at another. */
    private static SchoolReturn probeReturn(FieldSpec changed) {
        SourceFile source = new SourceFile("", "probe", "", 0, null);
        Map<MajorColumn, Object> major = new EnumMap<>(MajorColumn.class);
        major.put(MajorColumn.CODE, "000000");
        for (MajorColumn column : MajorColumn.values()) {
            if (column.type() == FieldType.COUNT) {
                major.put(column, column == changed ? PROBE : BASE);
            }
        }
        return new SchoolReturn(source, new Figures<InfoField>("", 0, Map.of(), Map.of()),
                List.of(new Figures<>("", 1, major, Map.of())), figures(StaffField.values(), changed),
                List.of(), figures(ServiceField.values(), changed), figures(FinanceField.values(), changed), List.of());
    }

    private static <F extends FieldSpec> Figures<F> figures(F[] fields, FieldSpec changed) {
        Map<F, Object> values = new LinkedHashMap<>();
        for (F field : fields) {
            values.put(field, field == changed ? PROBE : BASE);
        }
        return new Figures<>("", 0, values, Map.of());
    }
}
