package cn.vocstat.export;

/**
 * A column of an output table: its Chinese header, how its numbers are shown, and whether it is printed: a column that traces
 * a row back to its return (来源文件, 指标编号) is kept in the file but left off paper, where the 数据来源 sheet names the files.
 */
public record Column(String header, Format format, boolean printed) {

    public Column(String header, Format format) {
        this(header, format, true);
    }

    public static Column text(String header) {
        return new Column(header, Format.TEXT);
    }

    /** Long text, wrapped in the workbook. */
    public static Column note(String header) {
        return new Column(header, Format.NOTE);
    }

    public static Column integer(String header) {
        return new Column(header, Format.INTEGER);
    }

    public static Column percent(String header) {
        return new Column(header, Format.PERCENT);
    }

    public static Column amount(String header) {
        return new Column(header, Format.AMOUNT);
    }

    /** Where a row came from, for a program or an analyst on screen: the last columns of a table, not printed. */
    public static Column trace(String header) {
        return new Column(header, Format.TEXT, false);
    }
}
