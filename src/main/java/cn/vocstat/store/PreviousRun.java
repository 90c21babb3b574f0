package cn.vocstat.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the previous stored run of the same year held: its files, school figures and indicators. */
public record PreviousRun(long runId, List<Source> sources, Map<String, String> schoolNames,
                          Map<String, Map<String, BigDecimal>> schoolFigures, Map<String, Indicator> indicators) {

    public PreviousRun {
        sources = List.copyOf(sources);
        schoolNames = Map.copyOf(schoolNames);
        schoolFigures = Map.copyOf(schoolFigures);
        indicators = Map.copyOf(indicators);
    }

    /** A file the run received and what became of it (a {@code ReturnStatus} name). */
    public record Source(String fileName, String sha256, String schoolCode, String status) {
    }

    /** An indicator value, keyed in {@link #indicators()} by {@code id|scope}. */
    public record Indicator(String id, String scopeCode, String scopeName, BigDecimal value, String display) {
    }
}
