package cn.vocstat.export;

/** How a column's numbers are shown in the workbook; CSV always carries the exact value. */
public enum Format {
    TEXT(null),
    /** Long text (a message, a formula, a list of indicators): wrapped in a column of bounded width, so the sheet prints legibly. */
    NOTE(null),
    INTEGER("#,##0"),
    PERCENT("0.00%"),
    RATIO("0.00"),
    RATIO_TO_ONE("0.00\":1\""),
    AMOUNT("#,##0.00"),
    /** A change on the prior year, a number that sorts and sums, shown as the report words it: 减少 233, 持平. */
    CHANGE_COUNT("\"增加 \"#,##0;\"减少 \"#,##0;\"持平\""),
    CHANGE_AMOUNT("\"增加 \"#,##0.00;\"减少 \"#,##0.00;\"持平\""),
    CHANGE_RATIO("\"增加 \"0.00;\"减少 \"0.00;\"持平\""),
    /** A share's change, in percentage points. */
    CHANGE_POINTS("\"增加 \"0.00\" 个百分点\";\"减少 \"0.00\" 个百分点\";\"持平\"");

    private final String excelPattern;

    Format(String excelPattern) {
        this.excelPattern = excelPattern;
    }

    public String excelPattern() {
        return excelPattern;
    }
}
