package cn.vocstat.reconcile;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Each school's compared figures in the latest stored run of the prior year; empty when it was not run. */
public record PriorYearFigures(int year, Map<String, Map<ComparedFigure, BigDecimal>> bySchool) {

    public PriorYearFigures {
        bySchool = Map.copyOf(bySchool);
    }

    public static PriorYearFigures none(int year) {
        return new PriorYearFigures(year, Map.of());
    }

    public Optional<BigDecimal> get(String schoolCode, ComparedFigure figure) {
        return Optional.ofNullable(bySchool.getOrDefault(schoolCode, Map.of()).get(figure));
    }
}
