package cn.vocstat.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: A4, one page wide, the header rows on every page, a running title at the top and
 * "第 N 页 共 M 页" at the foot, as a bureau files its paper copies. Excel, WPS and LibreOffice all keep these.
 */
public record PagePrint(boolean landscape, int firstRepeatedRow, int lastRepeatedRow, String runningTitle) {

    /** A wide table: landscape, its header row repeated. */
    public static PagePrint wide(int headerRow, String runningTitle) {
        return new PagePrint(true, headerRow, headerRow, runningTitle);
    }

    /** What one landscape A4 page holds at full size, in column-width characters (Calibri 11, the workbook's font). */
    static final int PAGE_CHARS = 140;
    /** The smallest a sheet is printed, so that its 11-point text stays at 8 points or more. */
    static final double SMALLEST_SCALE = 8.0 / 11.0;

    /**
     * A table wider than one page holds at 8 points prints across as many pages as it needs, its key
     * columns (the row's name) repeated on each, rather than shrunk to one page where nobody can read it.
     */
    public static void acrossPages(Sheet sheet, int widthChars, int keyColumns, int keyChars) {
        double pageAtSmallest = PAGE_CHARS / SMALLEST_SCALE;
        int pages = widthChars <= pageAtSmallest ? 1 : (int) Math.ceil((widthChars - keyChars) / (pageAtSmallest - keyChars));
        if (pages <= 1) {
            return;
        }
        sheet.getPrintSetup().setFitWidth((short) pages);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
    }

    public void applyTo(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        if (firstRepeatedRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstRepeatedRow, lastRepeatedRow, -1, -1));
        }
        // Excel's header and footer codes: &"font,style" a font, &P the page, &N the pages.
        sheet.getHeader().setCenter("&\"宋体,Bold\"" + runningTitle);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }
}
