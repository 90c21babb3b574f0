package cn.vocstat.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A rule is known by its id everywhere (the database, the feedback, 确认.csv, 情况说明): no two rules share one. */
class RuleCatalogueTest {

    @Test
    void everyRuleHasAnIdOfItsOwn() {
        Map<String, List<Rule>> byId = Arrays.stream(Rule.values()).collect(Collectors.groupingBy(Rule::id));
        assertEquals(Map.of(), byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
