package cn.vocstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the drafted sections: its section, the paragraph it belongs to, whether it is said
 * once for the city or once for each school, and its template. A template is the report's wording with
 * placeholders: {@code {students}} a value, {@code {students:变化}} its change on the prior year,
 * {@code {voc_funding_share:分母}} what it was computed from, and the blocks {@code {表:学校}},
 * {@code {图:学生}}; an optional part {@code [A|B]} says A when its figures are known and above zero,
 * else B. A heading of a chapter or section is a sentence with no template.
 */
public record Sentence(String id, String section, String title, int paragraph, Scope scope, String template) {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::([^{}]+))?}");
    /** An optional part, {@code [A]} or {@code [A|B]}: A when its figures are known and above zero, else B (or nothing). */
    static final Pattern OPTION = Pattern.compile("\\[([^\\[\\]|]*)(?:\\|([^\\[\\]|]*))?]");

    /** Said once for the city, or once for each school the data has it for. */
    public enum Scope { CITY, EACH_SCHOOL }

    public boolean isHeading() {
        return template.isEmpty();
    }

    /** The names the template uses: indicator ids, school figures and the special names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
