package cn.vocstat.reconcile;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Each school's compared figures in the latest stored run of the prior year; nothing when that year
 * was not run. Looked up school by school, so a store can read them one school at a time.
 */
@FunctionalInterface
public interface PriorYearFigures {

    Optional<BigDecimal> get(String schoolCode, ComparedFigure figure);

    static PriorYearFigures none() {
        return (schoolCode, figure) -> Optional.empty();
    }

    /** Figures held in memory, by school code. */
    static PriorYearFigures of(Map<String, Map<ComparedFigure, BigDecimal>> bySchool) {
        Map<String, Map<ComparedFigure, BigDecimal>> copy = Map.copyOf(bySchool);
        return (schoolCode, figure) -> Optional.ofNullable(copy.getOrDefault(schoolCode, Map.of()).get(figure));
    }
}
