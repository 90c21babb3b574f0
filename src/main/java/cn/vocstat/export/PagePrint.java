package cn.vocstat.export;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: A4, one page wide (or {@link #legible} across pages), the header rows on every page, a running title at the top and
 * "第 N 页 共 M 页" at the foot, as a bureau files its paper copies. Excel, WPS and LibreOffice all keep these.
 */
public record PagePrint(boolean landscape, int firstRepeatedRow, int lastRepeatedRow, String runningTitle) {

    /** A wide table: landscape, its header row repeated. */
    public static PagePrint wide(int headerRow, String runningTitle) {
        return new PagePrint(true, headerRow, headerRow, runningTitle);
    }

    /**
     * What one landscape A4 page holds at full size between {@link #SIDE_MARGIN_INCHES} margins, in column-width characters,
     * and a portrait one: as LibreOffice measures them (Calibri 11 drawn as Carlito: 98 characters fit a landscape page
     * between Excel's default 0.7-inch margins, 107 do not), the widest of the spreadsheets; Excel (5.25 points) fits more.
     */
    static final int PAGE_CHARS = 103;
    static final int PORTRAIT_PAGE_CHARS = 71;
    /** Narrow side margins, as statistical tables print: a table gains a column before it spills onto a page of its own. */
    static final double SIDE_MARGIN_INCHES = 0.4;
    /**
     * The smallest a sheet is printed, in per cent: its 11-point Calibri, whose Chinese the substituted CJK
     * font draws about 10 points wide (measured in LibreOffice's PDF), stays at 8 points.
     */
    static final int SMALLEST_PERCENT = 80;

    /**
     * Prints a sheet at a fixed scale, as large as one page's width allows but never under 80 %, rather
     * than fitted to the page, which shrinks a wide table (or one whose text runs past its last column) to
     * whatever it takes: a table wider than that prints across as many pages as it needs, its first
     * {@code keyColumns} of its {@code columns} (the row's name) repeated on each.
     */
    public static void legible(Sheet sheet, int columns, int keyColumns) {
        legible(sheet, columns, 0, keyColumns);
    }

    /** As {@link #legible(Sheet, int, int)}, the columns naming a row being the {@code keyColumns} from {@code firstKeyColumn}. */
    public static void legible(Sheet sheet, int columns, int firstKeyColumn, int keyColumns) {
        int widthChars = 0;
        for (int c = 0; c < columns; c++) {
            widthChars += sheet.getColumnWidth(c) / 256;
        }
        int page = sheet.getPrintSetup().getLandscape() ? PAGE_CHARS : PORTRAIT_PAGE_CHARS;
        int scale = Math.max(SMALLEST_PERCENT, Math.min(100, widthChars == 0 ? 100 : 100 * page / widthChars));
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) scale);
        if (widthChars * scale > page * 100 && keyColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, firstKeyColumn, firstKeyColumn + keyColumns - 1));
        }
    }

    public void applyTo(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        if (firstRepeatedRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstRepeatedRow, lastRepeatedRow, -1, -1));
        }
        // Excel's header and footer codes: &"font,style" a font, &P the page, &N the pages.
        sheet.getHeader().setCenter("&\"宋体,Bold\"" + runningTitle);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }
}
