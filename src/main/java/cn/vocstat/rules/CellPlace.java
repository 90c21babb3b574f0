package cn.vocstat.rules;

import cn.vocstat.model.FormSheet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a finding's location ({@code 学生与专业!H101}, or a sheet alone) stands in the form: its
 * sheet in the form's order (other sheets after, by name), then its row, then its column. A
 * finding about no cell (a whole file) comes after every cell.
 */
record CellPlace(int sheetOrder, String sheet, int row, String column) implements Comparable<CellPlace> {

    private static final Pattern CELL = Pattern.compile("(.*)!\\$?([A-Z]{1,3})\\$?(\\d{1,7})");
    private static final int OTHER_SHEET = FormSheet.values().length;
    private static final int NO_SHEET = OTHER_SHEET + 1;
    private static final Comparator<CellPlace> ORDER = Comparator.comparingInt(CellPlace::sheetOrder).thenComparing(CellPlace::sheet)
            .thenComparingInt(CellPlace::row).thenComparingInt(p -> p.column().length()).thenComparing(CellPlace::column);

    static CellPlace of(String location) {
        if (location.isEmpty()) {
            return new CellPlace(NO_SHEET, "", 0, "");
        }
        Matcher cell = CELL.matcher(location);
        String sheet = cell.matches() ? cell.group(1) : location;
        int order = Arrays.stream(FormSheet.values()).filter(s -> s.title().equals(sheet)).mapToInt(Enum::ordinal).findFirst().orElse(OTHER_SHEET);
        return cell.matches() ? new CellPlace(order, sheet, Integer.parseInt(cell.group(3)), cell.group(2)) : new CellPlace(order, sheet, 0, "");
    }

    @Override
    public int compareTo(CellPlace other) {
        return ORDER.compare(this, other);
    }
}
