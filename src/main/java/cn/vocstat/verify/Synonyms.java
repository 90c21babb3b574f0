package cn.vocstat.verify;

import cn.vocstat.reference.OverridableTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The words a report uses for each figure (在校生, 在校学生 → students), as data: the bureau adds its
 * own in {@code <input>/reference/指标同义词.csv}, else the shipped list (this package's resource) is
 * used. A word stands before the number (在校生 6310 人) or right after its unit (13 个专业门类); a row
 * may also require a word elsewhere in the sentence (贯通 for the schools with 贯通 agreements).
 */
public final class Synonyms {

    public static final String FILE = "reference/指标同义词.csv";
    private static final String SHIPPED = "/report/指标同义词.csv";

    /** One way of naming a target: the words, where they stand, the units the number may carry ("" for none), a word the sentence must have. */
    public record Synonym(Target target, String words, boolean after, List<String> units, String condition) {
    }

    private final List<Synonym> synonyms;

    private Synonyms(List<Synonym> synonyms) {
        this.synonyms = List.copyOf(synonyms);
    }

    public static Synonyms load(Path inputDir) {
        OverridableTable table = OverridableTable.load(inputDir, FILE, SHIPPED);
        List<Synonym> synonyms = new ArrayList<>();
        for (CSVRecord record : table.rows()) {
            Target target = Target.parse(record.get("目标"))
                    .orElseThrow(() -> new IllegalArgumentException(table.where(record) + "：无法识别的目标 " + record.get("目标")));
            List<String> units = List.of(record.get("单位").split("\\|", -1));
            synonyms.add(new Synonym(target, record.get("词语"), "后".equals(record.get("位置")), units, record.get("条件")));
        }
        return new Synonyms(synonyms);
    }

    public List<Synonym> all() {
        return synonyms;
    }
}
