package cn.vocstat.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What the marked copy of an .xlsx removes once POI has loaded the cleaned package ({@link XlsxPackage#cleaned}),
 * which came without macros, external workbooks, OLE objects, controls, data connections and the
 * defined names that cannot stay, and with the sheets not copied emptied: the sheets' lists of OLE
 * objects and controls, whose relationships are gone, and the emptied sheets. Whatever pointed at
 * what is gone is made to point at nothing: a formula into an external workbook, a sheet not copied
 * or a name removed keeps its saved value, and validations and conditional formats that point there
 * go. Excel then meets no relationship id, sheet or workbook that is not there, and asks for no
 * repair. Each formula is read once ({@link GoneFromCopy}), and a copy abandoned for its time stops
 * at its next row.
 */
final class XlsxCleanup {

    /** A sheet's lists of OLE objects and of ActiveX and form controls. */
    private static final Set<String> ACTIVE = Set.of("oleObjects", "controls");
    /** Checks of a sheet that hold formulas: a validation (a dropdown's list) and a conditional format. */
    private static final Set<String> CHECKS = Set.of("dataValidation", "conditionalFormatting");
    /** What holds those checks, and is not allowed empty. */
    private static final Set<String> HOLDERS = Set.of("dataValidations", "conditionalFormattings", "ext", "extLst");

    private XlsxCleanup() {
    }

    /** Cleans the loaded workbook of what is gone, and removes the emptied sheets. */
    static void apply(XSSFWorkbook workbook, GoneFromCopy gone) throws InterruptedException {
        for (Sheet sheet : workbook) {
            for (XmlObject child : children(((XSSFSheet) sheet).getCTWorksheet())) {
                if (isActive(child)) {
                    remove(child);
                }
            }
        }
        if (!gone.isEmpty()) {
            for (Sheet sheet : workbook) {
                if (!gone.sheets().contains(sheet.getSheetName())) {
                    keepSavedValues((XSSFSheet) sheet, gone);
                    removeChecks(((XSSFSheet) sheet).getCTWorksheet(), gone);
                }
            }
        }
        for (String sheet : gone.sheets()) {
            MarkedCopies.stopIfAbandoned();
            int index = workbook.getSheetIndex(sheet);
            if (index >= 0) {
                workbook.removeSheetAt(index);
            }
        }
    }

    /**
     * Formulas that point at what is gone become the values they had when the school saved the file.
     * A shared formula's text is on its first cell only: the cells that share it go with it.
     */
    private static void keepSavedValues(XSSFSheet sheet, GoneFromCopy gone) throws InterruptedException {
        Map<Long, String> shared = new HashMap<>();
        List<CTCell> formulas = new ArrayList<>();
        for (Row row : sheet) {
            MarkedCopies.stopIfAbandoned();
            for (Cell cell : row) {
                CTCell xml = ((XSSFCell) cell).getCTCell();
                if (xml.isSetF()) {
                    formulas.add(xml);
                    CTCellFormula formula = xml.getF();
                    if (formula.getT() == STCellFormulaType.SHARED && formula.isSetRef()) {
                        shared.put(formula.getSi(), formula.getStringValue());
                    }
                }
            }
        }
        for (CTCell cell : formulas) {
            MarkedCopies.stopIfAbandoned();
            CTCellFormula formula = cell.getF();
            boolean sharing = formula.getT() == STCellFormulaType.SHARED && formula.isSetSi() && !formula.isSetRef();
            if (gone.mentions(sharing ? shared.getOrDefault(formula.getSi(), "") : formula.getStringValue())) {
                cell.unsetF();
                // a formula's text result is typed "str", which a cell without a formula may not be
                if (cell.getT() == STCellType.STR) {
                    String text = cell.isSetV() ? cell.getV() : "";
                    cell.unsetV();
                    cell.setT(STCellType.INLINE_STR);
                    cell.addNewIs().setT(text);
                }
            }
        }
    }

    /**
     * Validations and conditional formats, Excel 2007's and those of its extensions alike, that
     * point at what is gone; the lists they leave empty go too, and the others count what is left.
     */
    private static void removeChecks(XmlObject element, GoneFromCopy gone) throws InterruptedException {
        for (XmlObject child : children(element)) {
            MarkedCopies.stopIfAbandoned();
            String name = localName(child);
            if (CHECKS.contains(name) && gone.mentions(text(child))) {
                remove(child);
            } else if (!name.equals("sheetData")) {
                removeChecks(child, gone);
                int left = children(child).size();
                if (HOLDERS.contains(name) && left == 0) {
                    remove(child);
                } else if (name.equals("dataValidations")) {
                    try (XmlCursor cursor = child.newCursor()) {
                        cursor.setAttributeText(new QName("count"), String.valueOf(left));
                    }
                }
            }
        }
    }

    /** A sheet's list of OLE objects or controls, also when Excel wrapped it for older versions (mc:AlternateContent). */
    private static boolean isActive(XmlObject child) {
        String name = localName(child);
        return ACTIVE.contains(name) || name.equals("AlternateContent") && holdsActive(child);
    }

    private static boolean holdsActive(XmlObject element) {
        return children(element).stream().anyMatch(child -> ACTIVE.contains(localName(child)) || holdsActive(child));
    }

    private static List<XmlObject> children(XmlObject element) {
        List<XmlObject> found = new ArrayList<>();
        try (XmlCursor cursor = element.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                found.add(cursor.getObject());
            }
        }
        return found;
    }

    private static String localName(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.getName().getLocalPart();
        }
    }

    private static String text(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.getTextValue();
        }
    }

    private static void remove(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.removeXml();
        }
    }
}
