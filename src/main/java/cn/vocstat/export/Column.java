package cn.vocstat.export;

/** A column of an output table: its Chinese header and how its numbers are shown. */
public record Column(String header, Format format) {

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
}
