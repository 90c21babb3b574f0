package cn.vocstat.form;

import cn.vocstat.export.PagePrint;
import cn.vocstat.model.FieldDefinitions;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.reference.CatalogueMajor;
import cn.vocstat.reference.RegisteredSchool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank ZZNB-1 form a school fills in, laid out as a government statistics form: a cover with
 * 表号, 制表机关, the period and the sign-off lines; on every sheet the form's heading, 计量单位 and
 * 统计时点; a unit and a definition beside every key; 专业代码 chosen from the catalogue (a hidden
 * sheet and a named range) with 专业名称 and 专业大类 filled in by formula. It prevents mistakes
 * before they are made: dropdowns, whole numbers ≥ 0 for counts, decimals ≥ 0 for 万元, prompts and
 * alerts in Chinese, protected labels (only the yellow cells take input). Everything the reader
 * needs keeps its contract: key in column A and value in B, a table's data under its header row.
 */
public final class FormTemplate {

    public static final String TITLE = "中等职业学校年度质量报告数据表";
    public static final String COVER_SHEET = "封面";
    public static final String INSTRUCTIONS_SHEET = "填报说明";
    public static final String CATALOGUE_SHEET = "专业目录";
    /** The catalogue's codes, for the 专业代码 dropdown. */
    public static final String CODE_LIST = "专业代码表";
    /** The catalogue's code, name and category columns, for the lookups. */
    public static final String CATALOGUE_TABLE = "专业目录表";
    public static final String SIGN_OFF = "单位负责人：＿＿＿＿＿＿　统计负责人：＿＿＿＿＿＿　填表人：＿＿＿＿＿＿　联系电话：＿＿＿＿＿＿　报出日期：　　　　年　　月　　日";

    /** Blank input rows each table sheet offers. */
    private static final Map<FormSheet, Integer> TABLE_ROWS = Map.of(FormSheet.MAJORS, 150, FormSheet.AWARDS, 80, FormSheet.EXPLANATIONS, 40);
    private static final Map<FormSheet, String> SHEET_UNITS = Map.of(FormSheet.BASIC, "—", FormSheet.MAJORS, "人",
            FormSheet.STAFF, "人", FormSheet.AWARDS, "项", FormSheet.SERVICES, "见各行", FormSheet.FINANCE, "万元", FormSheet.EXPLANATIONS, "—");
    private static final String NOT_IN_CATALOGUE = "（目录中无此代码）";
    private static final String COVER_UNIT = "填报单位（盖章）：";
    private static final String SHEET_UNIT = "填报单位：";
    private static final String BLANK_NAME = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿";
    /** Key / value sheets: 项目, 内容, 计量单位, 说明. */
    private static final int KEY_VALUE_COLUMNS = 4;
    /** 项目, 内容, 计量单位, 说明: one landscape page at full size. */
    static final int[] KEY_VALUE_WIDTHS = {24, 24, 8, 40};

    private final int year;
    private final String issuer;
    /** The form's approval (批准文号) and the date it runs to (有效期至), as a statistics form states them; blank lines when not given. */
    private final String approval;
    private final String validUntil;
    private final Optional<RegisteredSchool> school;
    private final List<CatalogueMajor> catalogue;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Styles styles = new Styles(workbook);

    private FormTemplate(int year, String issuer, String approval, String validUntil, Optional<RegisteredSchool> school,
                         List<CatalogueMajor> catalogue) {
        this.year = year;
        this.issuer = issuer;
        this.approval = approval;
        this.validUntil = validUntil;
        this.school = school;
        this.catalogue = catalogue;
    }

    public static void write(Path file, int year, String issuer, String approval, String validUntil, Optional<RegisteredSchool> school,
                             List<CatalogueMajor> catalogue) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = new FormTemplate(year, issuer, approval, validUntil, school, catalogue).build();
             OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    public static XSSFWorkbook create(int year, String issuer, Optional<RegisteredSchool> school, List<CatalogueMajor> catalogue) {
        return new FormTemplate(year, issuer, "", "", school, catalogue).build();
    }

    private XSSFWorkbook build() {
        cover();
        instructions();
        catalogueSheet();
        int number = 1;
        for (FormSheet form : FormSheet.values()) {
            String heading = "表" + "一二三四五六七".charAt(number - 1) + "　" + form.title();
            if (form.isTable()) {
                tableSheet(form, heading);
            } else {
                keyValueSheet(form, heading);
            }
            number++;
        }
        linkSchoolName();
        workbook.setSheetOrder(CATALOGUE_SHEET, workbook.getNumberOfSheets() - 1);
        workbook.setSheetVisibility(workbook.getSheetIndex(CATALOGUE_SHEET), SheetVisibility.HIDDEN);
        workbook.setActiveSheet(workbook.getSheetIndex(FormSheet.BASIC.title()));
        // Cached results for the lookups, as Excel saves them: a form read before anyone opens it is still complete.
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return workbook;
    }

    private String period() {
        return "统计时点：人数为 " + year + " 年 12 月 31 日时点数；招生、毕业、获奖、社会服务为 " + year + " 年全年数";
    }

    private String fiscalYear() {
        return "经费为 " + year + " 年度（" + year + " 年 1 月 1 日至 12 月 31 日）决算数，以万元为单位，保留两位小数";
    }

    private void cover() {
        Sheet sheet = workbook.createSheet(COVER_SHEET);
        sheet.setDisplayGridlines(false);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 6 * 256);
        List<String[]> lines = List.of(
                new String[] {"表　　号：" + FormSheet.TEMPLATE_VERSION, "meta"},
                new String[] {"制表机关：" + issuer, "meta"},
                new String[] {"批准文号：" + (approval.isBlank() ? "＿＿＿＿＿＿＿＿＿＿＿＿" : approval), "meta"},
                new String[] {"有效期至：" + (validUntil.isBlank() ? "　　　　年　　月" : validUntil), "meta"},
                new String[] {"", ""},
                new String[] {TITLE, "cover-title"},
                new String[] {"（" + year + " 年度）", "cover-subtitle"},
                new String[] {"", ""}, new String[] {"", ""},
                new String[] {COVER_UNIT + school.map(RegisteredSchool::name).orElse(BLANK_NAME), "cover-line"},
                new String[] {"学校标识码：" + school.map(RegisteredSchool::code).orElse("＿＿＿＿＿＿＿＿＿＿"), "cover-line"},
                new String[] {"", ""},
                new String[] {period(), "cover-note"},
                new String[] {fiscalYear(), "cover-note"},
                new String[] {"", ""}, new String[] {"", ""},
                new String[] {"单位负责人：＿＿＿＿＿＿＿＿　　　统计负责人：＿＿＿＿＿＿＿＿", "cover-line"},
                new String[] {"填　表　人：＿＿＿＿＿＿＿＿　　　联系电话：＿＿＿＿＿＿＿＿＿", "cover-line"},
                new String[] {"报出日期：　　　　年　　月　　日", "cover-line"},
                new String[] {"", ""},
                new String[] {"本表数据用于中等职业教育质量年度报告和统计分析；填报人和联系电话只供联系，不进入任何汇总表。", "cover-note"});
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(lines.get(r)[1].equals("cover-title") ? 40 : 26);
            Cell cell = row.createCell(1);
            cell.setCellValue(lines.get(r)[0]);
            cell.setCellStyle(styles.named(lines.get(r)[1]));
        }
        new PagePrint(false, -1, -1, FormSheet.TEMPLATE_VERSION + "　" + TITLE).applyTo(sheet);
        sheet.protectSheet("");
    }

    private void instructions() {
        Sheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        List<String> lines = new ArrayList<>(List.of(
                TITLE + "（" + FormSheet.TEMPLATE_VERSION + "）填报说明",
                "",
                "1. 只在黄色单元格内填写；项目名称、表头和工作表名称不要修改，工作表顺序可以调整。",
                "2. " + period() + "。",
                "3. " + fiscalYear() + "；财政拨款收入不大于经费总收入，项目支出不大于经费总支出。",
                "4. 学生与专业：每个专业一行。专业代码从下拉列表中选择（列表显示代码和名称，取自《职业教育专业目录（2021年）》；"
                        + "也可直接输入 6 位代码），专业名称和专业大类按代码自动填出，表头下的合计行自动求和；出现“" + NOT_IN_CATALOGUE + "”时请核对代码。"
                        + "就业人数 = 直接就业人数 + 升学人数，就业人数不大于毕业生数，招生数不大于在校生数；当年新增专业没有毕业生。",
                "5. 人数、个数一律填整数；没有的填 0，不要填“—”“无”；不要填“约30”“30余”等不确切的数，也不要在数字后写单位。",
                "6. 技能大赛：每个获奖项目一行，获奖数不小于 1；没有获奖可以不填。",
                "7. 情况说明：对审核反馈中的“警告”可以在此说明原因（填写规则编号和说明）；“错误”须修改数据，不能以说明代替。",
                "8. 可以使用公式，但请在 Excel 或 WPS 中保存后再报送，使文件中保存计算结果。",
                "9. 请保存为 .xlsx 格式；加密文件无法读取。填报人和联系电话只供联系，不进入任何汇总表。",
                "",
                "主要指标解释："));
        for (FormSheet form : FormSheet.values()) {
            for (FieldSpec field : form.fields()) {
                String definition = FieldDefinitions.of(field);
                if (definition.contains("：") && !definition.startsWith("其中")) {
                    lines.add("　　" + field.label() + "　" + definition + "。");
                }
            }
        }
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(1);
            cell.setCellValue(lines.get(r));
            cell.setCellStyle(r == 0 ? styles.named("title") : styles.named("instruction"));
            // a wrapped item gets the lines it needs: at the default height they print over each other
            row.setHeightInPoints(r == 0 ? 28 : Math.max(1, wrappedLines(lines.get(r))) * INSTRUCTION_LINE_POINTS + 4);
        }
        // the text between two narrow margin columns, as on the cover: it prints whole, never cut at the page's edge
        sheet.setColumnWidth(0, 3 * 256);
        sheet.setColumnWidth(1, INSTRUCTION_WIDTH_CHARS * 256);
        sheet.setColumnWidth(2, 3 * 256);
        new PagePrint(false, -1, -1, FormSheet.TEMPLATE_VERSION + "　" + INSTRUCTIONS_SHEET).applyTo(sheet);
        sheet.protectSheet("");
    }

    /** The 填报说明 column: as wide as a portrait A4 page holds at full size. */
    static final int INSTRUCTION_WIDTH_CHARS = 80;
    static final float INSTRUCTION_LINE_POINTS = 15f;

    /** The lines a text takes in the 填报说明 column. */
    static int wrappedLines(String text) {
        return wrappedLines(text, INSTRUCTION_WIDTH_CHARS);
    }

    /** The lines a text takes in a column so many characters wide: a Chinese character is as wide as two digits, a little more. */
    static int wrappedLines(String text, int widthChars) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2.1 : 1;
        }
        return Math.max(1, (int) Math.ceil(width / widthChars));
    }

    /** The catalogue on a hidden sheet, and the two names the dropdown and the lookups use. */
    private void catalogueSheet() {
        Sheet sheet = workbook.createSheet(CATALOGUE_SHEET);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("专业代码");
        header.createCell(1).setCellValue("专业名称");
        header.createCell(2).setCellValue("专业大类");
        header.createCell(3).setCellValue("下拉列表");
        for (int i = 0; i < catalogue.size(); i++) {
            CatalogueMajor major = catalogue.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(major.code());
            row.createCell(1).setCellValue(major.name());
            row.createCell(2).setCellValue(major.categoryName());
            // the dropdown shows the name beside the code: 700209 新能源汽车运用与维修 (the return is read by the code it starts with)
            row.createCell(3).setCellValue(major.code() + " " + major.name());
        }
        int last = Math.max(2, catalogue.size() + 1);
        name(CODE_LIST, "'" + CATALOGUE_SHEET + "'!$D$2:$D$" + last);
        name(CATALOGUE_TABLE, "'" + CATALOGUE_SHEET + "'!$A$2:$C$" + last);
        sheet.protectSheet("");
    }

    /**
     * 填报单位 on the cover and above every table is the 学校名称 typed in 基本信息: the school writes its
     * name once, and a printed page never names another school than the form does.
     */
    private void linkSchoolName() {
        Sheet basic = workbook.getSheet(FormSheet.BASIC.title());
        int nameRow = -1;
        for (Row row : basic) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals(InfoField.SCHOOL_NAME.label())) {
                nameRow = row.getRowNum();
            }
        }
        String name = "'" + FormSheet.BASIC.title() + "'!$B$" + (nameRow + 1);
        for (Row row : workbook.getSheet(COVER_SHEET)) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(COVER_UNIT)) {
                cell.setCellFormula("\"" + COVER_UNIT + "\"&IF(" + name + "=\"\",\"" + BLANK_NAME + "\"," + name + ")");
            }
        }
        for (FormSheet form : FormSheet.values()) {
            workbook.getSheet(form.title()).getRow(2).getCell(0).setCellFormula("\"" + SHEET_UNIT + "\"&" + name);
        }
    }

    private void name(String name, String formula) {
        Name named = workbook.createName();
        named.setNameName(name);
        named.setRefersToFormula(formula);
    }

    /** Rows 1–4 of every data sheet: the form's title, 表号 and 制表机关, 填报单位 and 统计时点, the sheet's heading and unit. */
    private int heading(Sheet sheet, String heading, String unit, int columns) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        merged(sheet, title, 0, columns - 1, TITLE, styles.named("title"));
        int half = Math.max(1, columns / 2);
        Row numbers = sheet.createRow(1);
        merged(sheet, numbers, 0, half - 1, "表号：" + FormSheet.TEMPLATE_VERSION, styles.named("meta"));
        merged(sheet, numbers, half, columns - 1, "制表机关：" + issuer, styles.named("meta-right"));
        Row unitRow = sheet.createRow(2);
        merged(sheet, unitRow, 0, half - 1, SHEET_UNIT + school.map(RegisteredSchool::name).orElse(""), styles.named("meta"));
        merged(sheet, unitRow, half, columns - 1, year + " 年度", styles.named("meta-right"));
        Row headingRow = sheet.createRow(3);
        merged(sheet, headingRow, 0, half - 1, heading, styles.named("heading"));
        merged(sheet, headingRow, half, columns - 1, "计量单位：" + unit, styles.named("meta-right"));
        return 4;
    }

    private void keyValueSheet(FormSheet form, String heading) {
        Sheet sheet = workbook.createSheet(form.title());
        int next = heading(sheet, heading, SHEET_UNITS.get(form), KEY_VALUE_COLUMNS);
        if (form == FormSheet.FINANCE) {
            next = note(sheet, next, KEY_VALUE_COLUMNS, "注：" + fiscalYear() + "。");
        }
        int headerRow = next;
        Row header = sheet.createRow(next++);
        List<String> titles = List.of("项目", "内容", "计量单位", "说明");
        for (int c = 0; c < titles.size(); c++) {
            cell(header, c, titles.get(c), styles.named("header"));
        }
        for (FieldSpec field : form.fields()) {
            Row row = sheet.createRow(next++);
            // a definition of two lines gets a row of two: none prints over the row below
            row.setHeightInPoints(Math.max(22, wrappedLines(FieldDefinitions.of(field), KEY_VALUE_WIDTHS[3] - 1) * INSTRUCTION_LINE_POINTS + 6));
            cell(row, 0, field.label(), styles.named("label"));
            Cell value = row.createCell(1);
            prefill(value, field);
            value.setCellStyle(field == InfoField.TEMPLATE_VERSION ? styles.named("label")
                    : styles.named(field.type() == FieldType.DATE ? "date-input" : "input"));
            cell(row, 2, unit(field), styles.named("unit"));
            cell(row, 3, FieldDefinitions.of(field), styles.named("definition"));
            if (field != InfoField.TEMPLATE_VERSION) {
                validate(sheet, field, new CellRangeAddressList(row.getRowNum(), row.getRowNum(), 1, 1));
            }
        }
        next++;
        merged(sheet, sheet.createRow(next), 0, KEY_VALUE_COLUMNS - 1, SIGN_OFF, styles.named("note"));
        sheet.getRow(next).setHeightInPoints(32);
        for (int c = 0; c < KEY_VALUE_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, KEY_VALUE_WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        new PagePrint(true, headerRow, headerRow, FormSheet.TEMPLATE_VERSION + "　" + form.title()).applyTo(sheet);
        PagePrint.legible(sheet, KEY_VALUE_COLUMNS, 0);
        sheet.protectSheet("");
    }

    private void prefill(Cell value, FieldSpec field) {
        if (field == InfoField.TEMPLATE_VERSION) {
            value.setCellValue(FormSheet.TEMPLATE_VERSION);
        } else if (field == InfoField.YEAR) {
            value.setCellValue(year);
        } else if (school.isPresent() && field instanceof InfoField info) {
            RegisteredSchool s = school.get();
            String known = switch (info) {
                case SCHOOL_CODE -> s.code();
                case SCHOOL_NAME -> s.name();
                case SCHOOL_TYPE -> s.type();
                case LEVEL -> s.level();
                case AUTHORITY -> s.authority();
                default -> null;
            };
            if (known != null && !known.isEmpty()) {
                value.setCellValue(known);
            }
        }
    }

    private void tableSheet(FormSheet form, String heading) {
        Sheet sheet = workbook.createSheet(form.title());
        List<FieldSpec> fields = form.fields();
        int next = heading(sheet, heading, SHEET_UNITS.get(form), fields.size());
        if (form == FormSheet.MAJORS) {
            next = note(sheet, next, fields.size(), "注：1. 专业代码从下拉列表选择，专业名称、专业大类按代码自动填出。2. 就业人数 = 直接就业人数 + 升学人数。"
                    + "直接就业指毕业后签订劳动合同或就业协议、自主创业、灵活就业或应征入伍；升学指升入高等职业学校或本科学校。"
                    + "3. 在校生数为 " + year + " 年 12 月 31 日时点数，招生数、毕业生数为全年数。表头的批注有各列的解释。");
        }
        int headerRow = next;
        Row header = sheet.createRow(headerRow);
        header.setHeightInPoints(30);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < fields.size(); c++) {
            FieldSpec field = fields.get(c);
            Cell cell = cell(header, c, field.label(), styles.named("header"));
            String definition = FieldDefinitions.of(field);
            if (!definition.isEmpty()) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(headerRow);
                anchor.setRow2(headerRow + 4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(field.label() + "：" + definition));
                cell.setCellComment(comment);
            }
        }
        int first = headerRow + 1;
        if (form == FormSheet.MAJORS) {
            totalRow(sheet, fields, first, first + 2, first + 1 + TABLE_ROWS.get(form));
            first++;
        }
        int last = first + TABLE_ROWS.get(form) - 1;
        for (int r = first; r <= last; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < fields.size(); c++) {
                FieldSpec field = fields.get(c);
                Cell cell = row.createCell(c);
                if (form == FormSheet.MAJORS && (field == MajorColumn.NAME || field == MajorColumn.CATEGORY)) {
                    String code = "$A" + (r + 1);
                    // TEXT(…,"0"): a code typed or pasted as a number (700206) is found as the catalogue's text code;
                    // LEFT(…,6): a code chosen from the dropdown comes with its name (700206 汽车运用与维修)
                    cell.setCellFormula("IF(" + code + "=\"\",\"\",IFERROR(VLOOKUP(LEFT(TEXT(" + code + ",\"0\"),6)," + CATALOGUE_TABLE + ","
                            + (field == MajorColumn.NAME ? 2 : 3) + ",FALSE),\"" + NOT_IN_CATALOGUE + "\"))");
                    cell.setCellStyle(styles.named("computed"));
                } else {
                    cell.setCellStyle(styles.named(field == MajorColumn.CODE ? "code-input" : "input"));
                }
            }
        }
        for (int c = 0; c < fields.size(); c++) {
            FieldSpec field = fields.get(c);
            if (form == FormSheet.MAJORS && field == MajorColumn.CODE) {
                codeDropdown(sheet, new CellRangeAddressList(first, last, c, c));
            } else if (!(form == FormSheet.MAJORS && (field == MajorColumn.NAME || field == MajorColumn.CATEGORY))) {
                validate(sheet, field, new CellRangeAddressList(first, last, c, c));
            }
            sheet.setColumnWidth(c, width(form, field) * 256);
        }
        sheet.createFreezePane(form == FormSheet.MAJORS ? 2 : 0, first);
        new PagePrint(fields.size() > 4, headerRow, headerRow, FormSheet.TEMPLATE_VERSION + "　" + form.title()).applyTo(sheet);
        PagePrint.legible(sheet, fields.size(), form == FormSheet.MAJORS ? 2 : 1);
        sheet.protectSheet("");
    }

    /**
     * The school's 合计 row right under the header, as statistics forms put it: the sums the report
     * makes of the rows below (rows {@code from} to {@code to}, 1-based), read back as the return's own
     * total row and checked against its rows.
     */
    private void totalRow(Sheet sheet, List<FieldSpec> fields, int rowIndex, int from, int to) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < fields.size(); c++) {
            FieldSpec field = fields.get(c);
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.named("total"));
            if (c == 0) {
                cell.setCellValue(FormSheet.TOTAL_ROW_LABEL);
            } else if (field.type() == FieldType.COUNT || field.type() == FieldType.AMOUNT) {
                String column = CellReference.convertNumToColString(c);
                cell.setCellFormula("SUM(" + column + from + ":" + column + to + ")");
            }
        }
    }

    private static int width(FormSheet form, FieldSpec field) {
        if (form == FormSheet.MAJORS && field == MajorColumn.CODE) {
            return 26; // 700209 新能源汽车运用与维修, as the dropdown writes it
        }
        if (form == FormSheet.MAJORS && field == MajorColumn.NAME) {
            return 26;
        }
        if (form == FormSheet.MAJORS && field == MajorColumn.CATEGORY) {
            return 18;
        }
        if (form == FormSheet.AWARDS && field.type() == FieldType.TEXT) {
            return 30;
        }
        if (form == FormSheet.EXPLANATIONS && field.type() == FieldType.TEXT && field.limit().maxLength() > 100) {
            return 80;
        }
        return Math.max(10, field.label().length() * 2 + 3);
    }

    private int note(Sheet sheet, int rowNumber, int columns, String text) {
        Row row = sheet.createRow(rowNumber);
        merged(sheet, row, 0, columns - 1, text, styles.named("note"));
        row.setHeightInPoints(text.length() > 120 ? 48 : 30);
        return rowNumber + 1;
    }

    private static String unit(FieldSpec field) {
        return switch (field.type()) {
            case COUNT, AMOUNT -> field.units().get(0);
            case YEAR -> "年";
            default -> "—";
        };
    }

    private void codeDropdown(Sheet sheet, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(CODE_LIST), cells);
        validation.setShowPromptBox(true);
        validation.createPromptBox(MajorColumn.CODE.label(), "从下拉列表选择专业（代码和名称），或直接输入 6 位代码；专业名称和专业大类自动填出");
        validation.setShowErrorBox(true);
        // A warning, not a stop: a major newer than the catalogue file can still be entered, and the bureau's check will say so.
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("专业代码不在目录中", "请从下拉列表中选择《职业教育专业目录》的代码");
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void validate(Sheet sheet, FieldSpec field, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String unit = field.units().isEmpty() ? "" : "（单位：" + field.units().get(0) + "）";
        DataValidationConstraint constraint;
        String rule;
        switch (field.type()) {
            case COUNT -> {
                constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "0", field.limit().max().toPlainString());
                rule = "填写 " + field.limit().describe() + " 的整数" + unit + "；没有的填 0";
            }
            case AMOUNT -> {
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", field.limit().max().toPlainString());
                rule = "填写 " + field.limit().describe() + " 的数，单位万元，只填数字";
            }
            case YEAR -> {
                constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "2000", "2100");
                rule = "填写四位年份，例如 2025";
            }
            case DATE -> {
                constraint = helper.createDateConstraint(OperatorType.BETWEEN, "=DATE(2000,1,1)", "=DATE(2100,12,31)", "yyyy-mm-dd");
                rule = "填写日期，例如 2026-01-10";
            }
            case CHOICE, FLAG -> {
                constraint = helper.createExplicitListConstraint(field.choices().toArray(String[]::new));
                rule = "从下拉列表中选择：" + String.join("、", field.choices());
            }
            case SCHOOL_CODE -> {
                constraint = helper.createTextLengthConstraint(OperatorType.EQUAL, "10", null);
                rule = "填写 10 位学校标识码（按文本填写，保留开头的 0）";
            }
            default -> {
                constraint = helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", String.valueOf(field.limit().maxLength()));
                rule = (field.required() ? "必填" : "可不填") + "，" + field.limit().describe();
            }
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setShowPromptBox(true);
        validation.createPromptBox(field.label(), rule);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("“" + field.label() + "”填写有误", rule);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static Cell cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    private static void merged(Sheet sheet, Row row, int from, int to, String text, CellStyle style) {
        cell(row, from, text, style);
        for (int c = from + 1; c <= to; c++) {
            row.createCell(c).setCellStyle(style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    /** The form's cell styles, made once per workbook. */
    private static final class Styles {
        private final Map<String, CellStyle> byName;

        Styles(XSSFWorkbook workbook) {
            Font bold = font(workbook, 11, true);
            Font large = font(workbook, 16, true);
            Font cover = font(workbook, 22, true);
            Font coverLine = font(workbook, 14, false);
            Font small = font(workbook, 10, false);
            CellStyle input = bordered(workbook);
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle dateInput = workbook.createCellStyle();
            dateInput.cloneStyleFrom(input);
            dateInput.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle codeInput = workbook.createCellStyle();
            codeInput.cloneStyleFrom(input);
            codeInput.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle computed = bordered(workbook);
            computed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            computed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle total = workbook.createCellStyle();
            total.cloneStyleFrom(computed);
            total.setFont(bold);
            CellStyle header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle unit = bordered(workbook);
            unit.setAlignment(HorizontalAlignment.CENTER);
            CellStyle definition = bordered(workbook);
            definition.setWrapText(true);
            definition.setFont(small);
            byName = Map.ofEntries(
                    Map.entry("", workbook.createCellStyle()),
                    Map.entry("input", input),
                    Map.entry("date-input", dateInput),
                    Map.entry("code-input", codeInput),
                    Map.entry("computed", computed),
                    Map.entry("total", total),
                    Map.entry("header", header),
                    Map.entry("label", bordered(workbook)),
                    Map.entry("unit", unit),
                    Map.entry("definition", definition),
                    Map.entry("title", aligned(workbook, large, HorizontalAlignment.CENTER, false)),
                    Map.entry("heading", aligned(workbook, bold, HorizontalAlignment.LEFT, false)),
                    Map.entry("meta", aligned(workbook, null, HorizontalAlignment.LEFT, false)),
                    Map.entry("meta-right", aligned(workbook, null, HorizontalAlignment.RIGHT, false)),
                    Map.entry("note", aligned(workbook, null, HorizontalAlignment.LEFT, true)),
                    Map.entry("instruction", topAligned(aligned(workbook, null, HorizontalAlignment.LEFT, true))),
                    Map.entry("cover-title", aligned(workbook, cover, HorizontalAlignment.CENTER, false)),
                    Map.entry("cover-subtitle", aligned(workbook, coverLine, HorizontalAlignment.CENTER, false)),
                    Map.entry("cover-line", aligned(workbook, coverLine, HorizontalAlignment.LEFT, false)),
                    Map.entry("cover-note", aligned(workbook, null, HorizontalAlignment.LEFT, true)));
        }

        CellStyle named(String name) {
            return byName.get(name);
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle topAligned(CellStyle style) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static CellStyle aligned(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            return style;
        }
    }
}
