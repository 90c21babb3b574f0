package cn.vocstat.export;

import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * The 图表 sheet of the analyst workbook: native Excel charts (they stay editable in Excel, WPS and
 * LibreOffice, and print with the sheet), each drawn from a small table on the same sheet. SXSSF
 * cannot draw charts, so this sheet is made on the XSSF template the streamed workbook grows from.
 */
public final class ReportCharts {

    public static final String SHEET = "图表";
    /** Schools a per-school chart shows: beyond this the bars are unreadable; the largest by 在校生数 are kept. */
    static final int SCHOOLS_SHOWN = 20;
    private static final String SENIOR = SchoolFigure.column(StaffField.SENIOR);
    private static final String INTERMEDIATE = SchoolFigure.column(StaffField.INTERMEDIATE);
    private static final String FULL_TIME = SchoolFigure.column(StaffField.FULL_TIME);
    private static final String STUDENTS = SchoolFigure.column(MajorColumn.STUDENTS);
    private static final String ENROLMENT = SchoolFigure.column(MajorColumn.ENROLMENT);
    private static final String GRADUATES = SchoolFigure.column(MajorColumn.GRADUATES);
    private static final String EMPLOYED = SchoolFigure.column(MajorColumn.EMPLOYED);
    private static final String DIRECT = SchoolFigure.column(MajorColumn.DIRECT);
    private static final String FURTHER = SchoolFigure.column(MajorColumn.FURTHER);

    /** A school's figures the charts show. */
    private record School(String name, Map<String, BigDecimal> figures) {
        long get(String column) {
            BigDecimal value = figures.get(column);
            return value == null ? 0 : value.longValue();
        }
    }

    /** What the charts are drawn from: the largest schools (at most {@link #SCHOOLS_SHOWN}), the school count and the city's totals. */
    record Data(int year, String title, List<School> schools, long schoolCount, Map<String, BigDecimal> cityTotals) {
    }

    /** The row the charts' tables start at, below the charts. */
    private static final int TABLES_FROM = 68;
    /** The columns a chart spans: 98 characters, what a landscape page holds at full size in every spreadsheet. */
    private static final int CHART_COLUMNS = 9;

    private ReportCharts() {
    }

    /** The run's chart data, read a school at a time and keeping only the largest: flat in the number of schools. */
    static Data collect(RunReport report) {
        long runId = report.runId();
        PriorityQueue<School> largest = new PriorityQueue<>(Comparator.comparingLong((School s) -> s.get(STUDENTS)));
        long[] count = {0};
        report.rows().schools(runId, List.of(), school -> {
            count[0]++;
            largest.add(new School(school.name(), school.figures()));
            if (largest.size() > SCHOOLS_SHOWN) {
                largest.poll();
            }
        });
        List<School> shown = new ArrayList<>(largest);
        shown.sort(ChartStyle.largestFirst((School s) -> s.get(STUDENTS)));
        return new Data(report.year(), report.title("质量年报数据"), List.copyOf(shown), count[0], report.rows().figureTotals(runId));
    }

    /** Draws the sheet with its three charts on the template workbook. */
    static void draw(XSSFWorkbook workbook, Data data) {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle heading = workbook.createCellStyle();
        heading.setFont(bold);
        CellStyle text = workbook.createCellStyle();
        text.setQuotePrefixed(true);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("图表（数据取自本运行；每张图的数据列在图下方）");
        title.getCell(0).setCellStyle(heading);
        if (data.schoolCount() > data.schools().size()) {
            sheet.createRow(1).createCell(0).setCellValue(String.format("学校共 %,d 所，分校图只列在校生最多的 %d 所；全部学校见“学生与就业”“教师队伍”表。",
                    data.schoolCount(), data.schools().size()));
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int tables = TABLES_FROM;

        int studentsTable = tables;
        tables = table(sheet, tables, heading, text, "各校招生、在校生、毕业生（人）", List.of("学校", "招生数", "在校生数", "毕业生数"),
                data.schools().stream().map(s -> new Object[] {s.name(), s.get(ENROLMENT), s.get(STUDENTS), s.get(GRADUATES)}).toList());
        String year = data.year() + " 年";
        bars(drawing, 0, 2, CHART_COLUMNS, 22, year + "各校招生、在校生、毕业生（人）", sheet, studentsTable, data.schools().size(), 3, BarGrouping.CLUSTERED,
                PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN);

        long graduates = total(data, GRADUATES);
        long direct = total(data, DIRECT);
        long further = total(data, FURTHER);
        long unplaced = Math.max(0, graduates - total(data, EMPLOYED));
        int employmentTable = tables;
        tables = table(sheet, tables, heading, text, IndicatorCalculator.CITY_NAME + "毕业生去向（人）", List.of("去向", "人数"),
                List.of(new Object[] {"直接就业", direct}, new Object[] {"升学", further}, new Object[] {"未落实", unplaced}));
        pie(drawing, 0, 23, CHART_COLUMNS, 44, year + IndicatorCalculator.CITY_NAME + ChartStyle.PLACED_GRADUATES_TITLE, sheet, employmentTable);

        int teachersTable = tables;
        table(sheet, tables, heading, text, "各校专任教师职称结构（人）", List.of("学校", "高级职称", "中级职称", "其他"),
                data.schools().stream().map(s -> new Object[] {s.name(), s.get(SENIOR), s.get(INTERMEDIATE),
                        Math.max(0, s.get(FULL_TIME) - s.get(SENIOR) - s.get(INTERMEDIATE))}).toList());
        bars(drawing, 0, 45, CHART_COLUMNS, 66, year + "各校专任教师职称结构（人）", sheet, teachersTable, data.schools().size(), 3, BarGrouping.STACKED,
                PresetColor.DARK_RED, PresetColor.GOLDENROD, PresetColor.GRAY);

        sheet.setColumnWidth(0, 26 * 256);
        for (int c = 1; c < CHART_COLUMNS; c++) {
            sheet.setColumnWidth(c, 9 * 256);
        }
        // one chart a page, as wide as a page holds at full size so that its labels print at their size; the tables after them
        sheet.setRowBreak(22);
        sheet.setRowBreak(44);
        sheet.setRowBreak(TABLES_FROM - 1);
        new PagePrint(true, -1, -1, data.title() + "  " + SHEET).applyTo(sheet);
        PagePrint.legible(sheet, CHART_COLUMNS, 0);
        // a chart ends where column J begins, which would print a page of nothing beside each
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, CHART_COLUMNS - 1, 0, sheet.getLastRowNum());
    }

    private static long total(Data data, String column) {
        BigDecimal value = data.cityTotals().get(column);
        return value == null ? 0 : value.longValue();
    }

    /** A titled table under the charts: its heading row, a header row, the rows; returns the next free row. */
    private static int table(XSSFSheet sheet, int first, CellStyle heading, CellStyle risky, String title, List<String> header, List<Object[]> rows) {
        Row titleRow = sheet.createRow(first);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(heading);
        Row headerRow = sheet.createRow(first + 1);
        for (int c = 0; c < header.size(); c++) {
            headerRow.createCell(c).setCellValue(header.get(c));
            headerRow.getCell(c).setCellStyle(heading);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(first + 2 + r);
            Object[] values = rows.get(r);
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                if (values[c] instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(values[c]));
                    if (CellSafety.isRisky(String.valueOf(values[c]))) {
                        cell.setCellStyle(risky);
                    }
                }
            }
        }
        return first + 2 + rows.size() + 1;
    }

    private static void bars(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title, XSSFSheet sheet, int table,
                             int rows, int series, BarGrouping grouping, PresetColor... colours) {
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFCategoryAxis schools = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis people = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, schools, people);
        ChartStyle.horizontal(bars, schools, people);
        bars.setBarGrouping(grouping);
        int firstRow = table + 2;
        int lastRow = Math.max(firstRow, table + 1 + rows);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        for (int s = 0; s < series; s++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, s + 1, s + 1));
            XDDFChartData.Series line = bars.addSeries(names, values);
            line.setTitle(sheet.getRow(table + 1).getCell(s + 1).getStringCellValue(), new CellReference(sheet.getSheetName(), table + 1, s + 1, true, true));
            ChartStyle.fill(line, colours[s]);
        }
        chart.plot(bars);
        ChartStyle.valueLabels(chart);
        if (grouping == BarGrouping.STACKED) {
            stackInOneColumn(chart);
        }
    }

    /**
     * Overlap 100 % puts a school's stacked parts in one column (Excel draws them side by side without it).
     * Written as the attribute itself: poi-ooxml-lite lacks the schema type XDDF's setOverlap needs.
     */
    private static void stackInOneColumn(XSSFChart chart) {
        CTOverlap overlap = chart.getCTChart().getPlotArea().getBarChartArray(0).addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.toNextToken();
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private static void pie(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title, XSSFSheet sheet, int table) {
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        pie.setVaryColors(true);
        // the placed graduates' rows (直接就业, 升学): the unplaced row below them is listed, not pictured
        XDDFDataSource<String> kinds = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(table + 2, table + 3, 0, 0));
        XDDFNumericalDataSource<Double> people = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(table + 2, table + 3, 1, 1));
        XDDFChartData.Series slices = pie.addSeries(kinds, people);
        slices.setTitle("人数", new CellReference(sheet.getSheetName(), table + 1, 1, true, true));
        chart.plot(pie);
        ChartStyle.slices(chart, PresetColor.STEEL_BLUE, PresetColor.SEA_GREEN);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }
}
