package cn.vocstat.reference;

import java.util.HashMap;
import java.util.Map;

/** How alike two names are, for "did you mean": the nearest catalogue major, the nearest registered school. */
public final class NameSimilarity {

    /** Names at least this alike are offered as what was meant. */
    public static final double LIKELY = 0.5;

    private NameSimilarity() {
    }

    /** Dice's coefficient on character pairs: 1 for the same name, 0 for names with no pair in common. */
    public static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer left = pairs.get(b.substring(i, i + 2));
            if (left != null && left > 0) {
                shared++;
                pairs.put(b.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }
}
