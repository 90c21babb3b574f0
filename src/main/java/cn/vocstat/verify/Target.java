package cn.vocstat.verify;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.model.SchoolFigure;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a number in a report speaks of: an indicator (its value, or the figure it was computed from)
 * or a school figure summed for the city; {@code voc_funding_share:分母} in the synonym list.
 */
public record Target(Optional<Indicator> indicator, Optional<SchoolFigure> figure, Part part) {

    /** What of the indicator the number is. */
    public enum Part { VALUE, NUMERATOR, DENOMINATOR, PRIOR }

    public static Optional<Target> parse(String text) {
        String[] pieces = text.split(":", 2);
        Part part = pieces.length == 1 ? Part.VALUE : switch (pieces[1]) {
            case "分子" -> Part.NUMERATOR;
            case "分母" -> Part.DENOMINATOR;
            case "上年" -> Part.PRIOR;
            default -> null;
        };
        if (part == null) {
            return Optional.empty();
        }
        Optional<Indicator> indicator = Arrays.stream(Indicator.values()).filter(i -> i.id().equals(pieces[0])).findFirst();
        if (indicator.isPresent()) {
            return Optional.of(new Target(indicator, Optional.empty(), part));
        }
        return SchoolFigure.ALL.stream().filter(f -> f.column().equals(pieces[0])).findFirst()
                .filter(f -> part == Part.VALUE).map(f -> new Target(Optional.empty(), Optional.of(f), Part.VALUE));
    }

    public static Target of(Indicator indicator, Part part) {
        return new Target(Optional.of(indicator), Optional.empty(), part);
    }

    /** The same figure the year before. */
    public Target prior() {
        return new Target(indicator, figure, Part.PRIOR);
    }

    /** The same figure this year. */
    public Target current() {
        return new Target(indicator, figure, Part.VALUE);
    }

    /** The id the results show: the indicator's, or the figure's column. */
    public String id() {
        return indicator.map(Indicator::id).orElseGet(() -> figure.orElseThrow().column());
    }

    /**
     * The name the results show, naming the figure itself: 在校生数; 中职生均一般公共预算教育经费 and, for
     * the year before, …（上年） for the parts of a growth; 教育经费总支出 for the denominator of a share.
     */
    public String name() {
        String base = indicator.map(Indicator::title).orElseGet(() -> figure.orElseThrow().label());
        Optional<Indicator> statistic = indicator.filter(Indicator::fromCityStatistics);
        if (statistic.isPresent() && (part == Part.NUMERATOR || part == Part.DENOMINATOR)) {
            Indicator of = statistic.get();
            return part == Part.NUMERATOR ? of.numeratorStatistic().orElseThrow().title()
                    : of.denominatorStatistic().orElseThrow().title() + (of.isGrowth() ? "（上年）" : "");
        }
        return switch (part) {
            case VALUE -> base;
            case NUMERATOR -> base + "的分子";
            case DENOMINATOR -> base + "的分母";
            case PRIOR -> base + "的上年值";
        };
    }

    /** Whether each school has its own value of it, so that a sentence about a school is checked against the school. */
    public boolean perSchool() {
        return figure.isPresent() || indicator.map(Indicator::perSchool).orElse(false) && (part == Part.VALUE || part == Part.PRIOR);
    }
}
