package cn.vocstat.ingest;

import cn.vocstat.model.FormSheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sheets of a workbook that the form asks for, keyed by their normalised title, whatever format
 * the workbook came in. Two sheets whose names normalise alike (教师队伍 and 教师 队伍) are both
 * named in {@code sameName}: the one titled exactly as the form wins, else the first.
 */
public record WorkbookGrids(Map<String, SheetGrid> sheets, Map<String, List<String>> sameName) {

    /** The form's sheets by normalised title, with the title as the form writes it. */
    static final Map<String, String> WANTED = Stream.of(FormSheet.values())
            .collect(Collectors.toMap(sheet -> Labels.normalise(sheet.title()), FormSheet::title, (a, b) -> a, LinkedHashMap::new));

    public WorkbookGrids {
        sheets = Map.copyOf(sheets);
        sameName = Map.copyOf(sameName);
    }

    /**
     * The key a sheet is wanted under, or null: a name longer than Excel allows is no sheet of the
     * form. The feedback's marked copy asks the same, so that it keeps the very sheets the reader read.
     */
    public static String wantedKey(String name) {
        if (name == null || name.length() > FormSheet.MAX_NAME_LENGTH) {
            return null;
        }
        String key = Labels.normalise(name);
        return WANTED.containsKey(key) ? key : null;
    }

    /** Whether a sheet of this name is to be read in place of the one read so far under the same normalised title. */
    static boolean replaces(String name, String key, Map<String, ?> readSoFar, Map<String, String> namesReadSoFar) {
        return !readSoFar.containsKey(key) || name.equals(WANTED.get(key)) && !namesReadSoFar.get(key).equals(WANTED.get(key));
    }
}
