package cn.vocstat.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What the marked copy of an .xlsx removes once POI has loaded the cleaned package ({@link XlsxPackage#cleaned}),
 * which came without macros, external workbooks, OLE objects and controls, and with the sheets not
 * copied emptied: the workbook's list of external workbooks and the sheets' lists of OLE objects and
 * controls, whose relationships are gone; names that run macros; and the emptied sheets. Whatever
 * pointed at what is gone is made to point at nothing: a formula into an external workbook or a sheet
 * not copied keeps its saved value, and names, validations and conditional formats that point there
 * go. Excel then meets no relationship id, sheet or workbook that is not there, and asks for no repair.
 */
final class XlsxCleanup {

    /** A sheet's lists of OLE objects and of ActiveX and form controls. */
    private static final Set<String> ACTIVE = Set.of("oleObjects", "controls");
    /** Checks of a sheet that hold formulas: a validation (a dropdown's list) and a conditional format. */
    private static final Set<String> CHECKS = Set.of("dataValidation", "conditionalFormatting");
    /** What holds those checks, and is not allowed empty. */
    private static final Set<String> HOLDERS = Set.of("dataValidations", "conditionalFormattings", "ext", "extLst");
    /** [1]Sheet1!A1: a reference into the first external workbook; a table's Table1[2019] is preceded by its name. */
    private static final Pattern EXTERNAL_WORKBOOK = Pattern.compile("(?<![\\p{L}\\p{N}_.\\]])\\[\\d+]");

    private XlsxCleanup() {
    }

    /** Cleans the loaded workbook and removes the emptied sheets, named as the school named them. */
    static void apply(XSSFWorkbook workbook, List<String> emptiedSheets) {
        CTWorkbook book = workbook.getCTWorkbook();
        Gone gone = new Gone(emptiedSheets, book.isSetExternalReferences());
        if (book.isSetExternalReferences()) {
            book.unsetExternalReferences();
        }
        for (Sheet sheet : workbook) {
            for (XmlObject child : children(((XSSFSheet) sheet).getCTWorksheet())) {
                if (isActive(child)) {
                    remove(child);
                }
            }
        }
        removeNames(workbook, gone);
        if (!gone.isEmpty()) {
            for (Sheet sheet : workbook) {
                if (!emptiedSheets.contains(sheet.getSheetName())) {
                    keepSavedValues((XSSFSheet) sheet, gone);
                    removeChecks(((XSSFSheet) sheet).getCTWorksheet(), gone);
                }
            }
        }
        for (String sheet : emptiedSheets) {
            int index = workbook.getSheetIndex(sheet);
            if (index >= 0) {
                workbook.removeSheetAt(index);
            }
        }
    }

    /** Names that run a macro, and names that point at what is gone (and then names that point at those). */
    private static void removeNames(XSSFWorkbook workbook, Gone gone) {
        Set<String> macros = new HashSet<>();
        if (workbook.getCTWorkbook().isSetDefinedNames()) {
            for (CTDefinedName name : workbook.getCTWorkbook().getDefinedNames().getDefinedNameArray()) {
                if (name.getXlm() || name.getFunction() || name.getVbProcedure()) {
                    macros.add(scoped(name.getName(), name.isSetLocalSheetId() ? (int) name.getLocalSheetId() : -1));
                }
            }
        }
        boolean removed = true;
        while (removed) {
            removed = false;
            for (XSSFName name : new ArrayList<>(workbook.getAllNames())) {
                if (macros.contains(scoped(name.getNameName(), name.getSheetIndex())) || gone.mentions(name.getRefersToFormula())) {
                    gone.name(name.getNameName());
                    workbook.removeName(name);
                    removed = true;
                }
            }
        }
    }

    /** A name with its scope: a sheet's index, or -1 for the workbook. */
    private static String scoped(String name, int sheet) {
        return sheet + "|" + name.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Formulas that point at what is gone become the values they had when the school saved the file.
     * A shared formula's text is on its first cell only: the cells that share it go with it.
     */
    private static void keepSavedValues(XSSFSheet sheet, Gone gone) {
        Map<Long, String> shared = new HashMap<>();
        List<CTCell> formulas = new ArrayList<>();
        for (Row row : sheet) {
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
    private static void removeChecks(XmlObject element, Gone gone) {
        for (XmlObject child : children(element)) {
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

    /** What the copy no longer holds, as a formula would mention it: a sheet, a name, an external workbook. */
    private static final class Gone {
        private final List<Pattern> mentions = new ArrayList<>();

        Gone(List<String> sheets, boolean externalWorkbooks) {
            // Sheet1!A1, 'Sheet 1'!A1, 'O''Brien'!A1, and Sheet1:Sheet3!A1 across sheets
            sheets.forEach(sheet -> mentions.add(Pattern.compile("(?<![\\p{L}\\p{N}_.'])'?" + Pattern.quote(sheet.replace("'", "''")) + "'?(?=[!:])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            if (externalWorkbooks) {
                mentions.add(EXTERNAL_WORKBOOK);
            }
        }

        /** A name, as a formula uses it: not part of a longer name, not a function called so. */
        void name(String name) {
            mentions.add(Pattern.compile("(?<![\\p{L}\\p{N}_.\\\\])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_.(\\[])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        boolean isEmpty() {
            return mentions.isEmpty();
        }

        boolean mentions(String formula) {
            return formula != null && mentions.stream().anyMatch(mention -> mention.matcher(formula).find());
        }
    }
}
