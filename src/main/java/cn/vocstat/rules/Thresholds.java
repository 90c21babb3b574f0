package cn.vocstat.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The threshold values in force for a run: the defaults, overridden by configuration. */
public record Thresholds(Map<Threshold, BigDecimal> values) {

    public Thresholds {
        values = Map.copyOf(values);
    }

    public static Thresholds defaults() {
        return from(property -> null);
    }

    /** Reads each threshold's property; an absent property keeps the default. */
    public static Thresholds from(Function<String, String> properties) {
        Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
        for (Threshold threshold : Threshold.values()) {
            String configured = properties.apply(threshold.property());
            try {
                values.put(threshold, configured == null || configured.isBlank() ? threshold.defaultValue() : new BigDecimal(configured.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("阈值 " + threshold.property() + " 须为数字，配置的是“" + configured + "”", e);
            }
        }
        return new Thresholds(values);
    }

    public BigDecimal get(Threshold threshold) {
        return values.get(threshold);
    }

    /**
     * The values that shape a run's findings and figures, in catalogue order, the same text in every
     * JVM: part of a run's input fingerprint. A threshold that only gates publishing is left out, so
     * that changing it lets a held run be published rather than made again.
     */
    public String describe() {
        return Stream.of(Threshold.values()).filter(Threshold::shapesFigures).map(t -> t.key() + "=" + values.get(t).toPlainString())
                .collect(Collectors.joining(","));
    }
}
