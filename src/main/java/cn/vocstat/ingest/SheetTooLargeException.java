package cn.vocstat.ingest;

/** A sheet with more non-empty rows than a return can plausibly have; reading stops at the limit. */
final class SheetTooLargeException extends Exception {

    final String sheet;
    final int limit;

    SheetTooLargeException(String sheet, int limit) {
        super("sheet " + sheet + " exceeds " + limit + " rows");
        this.sheet = sheet;
        this.limit = limit;
    }
}
