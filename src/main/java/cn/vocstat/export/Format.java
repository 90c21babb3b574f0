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
    AMOUNT("#,##0.00");

    private final String excelPattern;

    Format(String excelPattern) {
        this.excelPattern = excelPattern;
    }

    public String excelPattern() {
        return excelPattern;
    }
}
