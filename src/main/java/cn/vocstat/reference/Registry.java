package cn.vocstat.reference;

import cn.vocstat.ingest.Labels;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The school registry with lookups by code and by any of a school's names. */
public final class Registry {

    private final Map<String, RegisteredSchool> byCode = new LinkedHashMap<>();
    private final Map<String, RegisteredSchool> byName = new HashMap<>();

    public Registry(List<RegisteredSchool> schools) {
        for (RegisteredSchool school : schools) {
            byCode.put(school.code(), school);
            byName.put(Labels.normalise(school.name()), school);
            school.aliases().forEach(alias -> byName.putIfAbsent(Labels.normalise(alias), school));
        }
    }

    public Optional<RegisteredSchool> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The school whose official name or alias this is. */
    public Optional<RegisteredSchool> byName(String name) {
        return Optional.ofNullable(byName.get(Labels.normalise(name)));
    }

    /** Every school of the registry, counted or not, in registry order. */
    public List<RegisteredSchool> all() {
        return List.copyOf(byCode.values());
    }

    /** The registered school whose name or alias is most like the name, if one is likely meant. */
    public Optional<RegisteredSchool> nearest(String name) {
        String given = Labels.normalise(name);
        RegisteredSchool best = null;
        double bestScore = 0;
        for (Map.Entry<String, RegisteredSchool> entry : byName.entrySet()) {
            double score = NameSimilarity.dice(given, entry.getKey());
            if (score > bestScore) {
                bestScore = score;
                best = entry.getValue();
            }
        }
        return bestScore >= NameSimilarity.LIKELY ? Optional.of(best) : Optional.empty();
    }

    /** The schools that count in the city's statistics, in registry order. */
    public List<RegisteredSchool> counted() {
        return byCode.values().stream().filter(RegisteredSchool::counted).toList();
    }
}
