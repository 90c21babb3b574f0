package cn.vocstat.report;

import cn.vocstat.export.AtomicFiles;
import cn.vocstat.export.ChartStyle;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.report.Piece.Block;
import cn.vocstat.report.Piece.Figure;
import cn.vocstat.report.Piece.Words;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the drafted data sections as a Word document: the report's numbering, its sentences with
 * every number bookmarked with the indicator it comes from ({@code vs_students_v3}), the tables of
 * schools and new majors, and native charts (they stay editable in Word and WPS).
 */
final class DraftWriter {

    /** The prefix of the bookmarks that link numbers to indicators; the claim checker knows them. */
    static final String BOOKMARK_PREFIX = "vs_";
    private static final String FONT = "宋体";
    private static final String HEADING = "Heading";
    private static final int HEADING_LEVELS = 3;
    /** Points of the chapter, section and subsection headings. */
    private static final int[] HEADING_SIZES = {15, 14, 13};
    /** Word's longest bookmark name; a longer one is cut short by Word and may clash with another. */
    private static final int BOOKMARK_LENGTH = 40;

    private final XWPFDocument document = new XWPFDocument();
    private final ReportFigures figures;
    private final Renderer renderer;
    private int bookmarks;
    private int tableCaptions;
    private int figureCaptions;
    private final Set<String> bookmarkNames = new HashSet<>();

    DraftWriter(ReportFigures figures) {
        this.figures = figures;
        this.renderer = new Renderer(figures);
    }

    void write(Path file, SentenceCatalogue catalogue, String origin) throws IOException {
        PageSetup.a4WithPageNumbers(document);
        headingStyles();
        paragraph(ParagraphAlignment.CENTER, 18, true, List.of(new Words((figures.cityName() + " " + figures.year()).strip()
                + " 年中等职业教育质量年度报告")));
        paragraph(ParagraphAlignment.CENTER, 14, false, List.of(new Words("（数据章节）")));
        // where the draft comes from is the writer's to know, not the reader's: the document's properties (文件 → 属性), not its text
        document.getProperties().getCoreProperties().setDescription(origin);
        paragraph(ParagraphAlignment.LEFT, 10, false, List.of(new Words(Wording.CONVENTIONS)));
        String section = "";
        int paragraphNumber = -1;
        List<Piece> open = new ArrayList<>();
        for (Sentence sentence : catalogue.sentences()) {
            if (sentence.isHeading()) {
                flush(open);
                heading(sentence.section(), sentence.title());
                section = sentence.section();
                continue;
            }
            if (!sentence.section().equals(section)) {
                flush(open);
                heading(sentence.section(), sentence.title());
                section = sentence.section();
                paragraphNumber = -1;
            }
            if (sentence.paragraph() != paragraphNumber) {
                flush(open);
                paragraphNumber = sentence.paragraph();
            }
            if (sentence.scope() == Sentence.Scope.EACH_SCHOOL) {
                flush(open);
                for (ReportFigures.School school : schoolsFor(sentence)) {
                    renderer.newParagraph();
                    paragraph(ParagraphAlignment.LEFT, 12, false, renderer.render(sentence, Optional.of(school)));
                }
                continue;
            }
            open.addAll(renderer.render(sentence, Optional.empty()));
        }
        flush(open);
        AtomicFiles.write(file, document::write);
        document.close();
    }

    /**
     * Word's own heading styles, so that the chapters and sections show in the navigation pane and a
     * table of contents, and keep their level when pasted into the report.
     */
    private void headingStyles() {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(HEADING + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    /** A heading at the level its number says, as the report numbers them: 2 → 2.2 → 2.2.1. */
    private void heading(String number, String title) {
        int level = Math.min(HEADING_LEVELS, number.split("\\.").length);
        paragraph(ParagraphAlignment.LEFT, HEADING_SIZES[level - 1], true, List.of(new Words(number + " " + title)));
        document.getParagraphs().get(document.getParagraphs().size() - 1).setStyle(HEADING + level);
        renderer.newParagraph();
    }

    /** The schools a per-school sentence is said for: those with a figure it names above zero. */
    private List<ReportFigures.School> schoolsFor(Sentence sentence) {
        List<String> columns = sentence.names().stream().filter(SentenceCatalogue::isFigure).toList();
        return figures.schools().stream()
                .filter(s -> columns.stream().anyMatch(c -> s.figures().get(c) != null && s.figures().get(c).signum() > 0)).toList();
    }

    /** Writes the pieces gathered for a paragraph: text with its figures, or a table or chart on its own. */
    private void flush(List<Piece> pieces) throws IOException {
        List<Piece> text = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Block block) {
                if (!text.isEmpty()) {
                    paragraph(ParagraphAlignment.LEFT, 12, false, text);
                    text = new ArrayList<>();
                }
                block(block);
            } else {
                text.add(piece);
            }
        }
        if (!text.isEmpty()) {
            paragraph(ParagraphAlignment.LEFT, 12, false, text);
        }
        pieces.clear();
        renderer.newParagraph();
    }

    /** A paragraph of pieces; its figures are bookmarked. */
    private void paragraph(ParagraphAlignment alignment, int size, boolean bold, List<Piece> pieces) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (alignment == ParagraphAlignment.LEFT && !bold && size == 12) {
            paragraph.setFirstLineIndent(480);
        }
        paragraph.setSpacingAfter(120);
        // no line of a paragraph alone at the foot or the head of a page; a heading stays with the text it heads
        paragraph.getCTP().getPPr().addNewWidowControl();
        paragraph.setKeepNext(bold);
        for (Piece piece : pieces) {
            if (piece instanceof Figure figure) {
                int id = ++bookmarks;
                CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
                start.setId(BigInteger.valueOf(id));
                start.setName(bookmarkName(figure, id));
                run(paragraph, figure.text(), size, bold);
                paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
            } else if (piece instanceof Words words) {
                run(paragraph, words.text(), size, bold);
            }
        }
    }

    /**
     * {@code vs_students_v3}, or for a school's own figure {@code vs_students_3614000101}: the school's code
     * in place of the role and number, as long as the name fits Word's limit and is not taken.
     */
    private String bookmarkName(Figure figure, int id) {
        String general = BOOKMARK_PREFIX + figure.source() + "_" + figure.role().letter() + id;
        String own = BOOKMARK_PREFIX + figure.source() + "_" + figure.school();
        String name = figure.school().isEmpty() || own.length() > BOOKMARK_LENGTH || bookmarkNames.contains(own) ? general : own;
        bookmarkNames.add(name);
        return name;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    }

    private void block(Block block) throws IOException {
        switch (block.kind() + ":" + block.name()) {
            case "表:学校" -> schoolTable();
            case "表:新增专业" -> newMajorTable();
            case "图:学生" -> studentsChart();
            case "图:毕业去向" -> destinationsChart();
            default -> throw new IllegalStateException("no block " + block);
        }
    }

    /** A table's caption, above it (表 1  …), as Chinese reports place them. */
    private void tableCaption(String text) {
        paragraph(ParagraphAlignment.CENTER, 10, true, List.of(new Words("表 " + ++tableCaptions + "  " + text)));
        keepWithNext();
    }

    /** A chart's caption, below it (图 1  …). */
    private void figureCaption(String text) {
        paragraph(ParagraphAlignment.CENTER, 10, true, List.of(new Words("图 " + ++figureCaptions + "  " + text)));
    }

    private void keepWithNext() {
        document.getParagraphs().get(document.getParagraphs().size() - 1).getCTPPr().addNewKeepNext();
    }

    /** 图 1 of the report: every school that counts, with its 建设水平; the text's count is this table's rows. */
    private void schoolTable() {
        List<RegisteredSchool> schools = figures.registered();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            rows.add(new String[] {String.valueOf(i + 1), schools.get(i).name(), schools.get(i).level()});
        }
        table(figures.cityName() + "中职学校情况", new Column[] {new Column("序号", 12), new Column("学校名称", 50), new Column("建设水平", 38)}, rows, false);
    }

    /** 图 4 of the report: the new majors by school, a school's cell merged down its majors; none, no table. */
    private void newMajorTable() {
        List<String[]> rows = new ArrayList<>();
        for (ReportFigures.NewMajor major : figures.newMajors()) {
            rows.add(new String[] {String.valueOf(rows.size() + 1), major.schoolName(), major.majorName(), major.category()});
        }
        if (rows.isEmpty()) {
            return;
        }
        table(figures.year() + " 年新增专业分布情况", new Column[] {new Column("序号", 8), new Column("学校名称", 34), new Column("新增专业", 30),
                new Column("专业大类", 28)}, rows, true);
    }

    /** A column of a table: its header and its share of the text width, in per cent. */
    private record Column(String header, int percent) {
    }

    /**
     * A captioned table with its grid (Word, WPS and other readers need {@code w:tblGrid}); with
     * {@code mergeSchools}, a school's rows share one cell merged down its second column.
     */
    private void table(String caption, Column[] columns, List<String[]> rows, boolean mergeSchools) {
        if (!figures.detailed()) {
            paragraph(ParagraphAlignment.LEFT, 12, false, List.of(new Words("学校较多，名单见汇总表。")));
            return;
        }
        tableCaption(caption);
        XWPFTable table = document.createTable(rows.size() + 1, columns.length);
        CTTbl ctTable = table.getCTTbl();
        CTTblWidth tableWidth = ctTable.getTblPr().isSetTblW() ? ctTable.getTblPr().getTblW() : ctTable.getTblPr().addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(PageSetup.TEXT_WIDTH));
        ctTable.getTblPr().addNewJc().setVal(STJcTable.CENTER);
        CTTblGrid grid = ctTable.getTblGrid() == null ? ctTable.addNewTblGrid() : ctTable.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (Column column : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width(column)));
        }
        String[] header = Arrays.stream(columns).map(Column::header).toArray(String[]::new);
        fill(table.getRow(0), header, columns, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), columns, false);
            if (mergeSchools) {
                boolean continues = r > 0 && rows.get(r)[1].equals(rows.get(r - 1)[1]);
                boolean continued = r + 1 < rows.size() && rows.get(r + 1)[1].equals(rows.get(r)[1]);
                if (continues || continued) {
                    mergeDown(table.getRow(r + 1).getCell(1), continues);
                }
            }
        }
    }

    private static int width(Column column) {
        return PageSetup.TEXT_WIDTH * column.percent() / 100;
    }

    /** A school's cell merged into the one above (emptied, as Word keeps a merged cell), or the first of a merge. */
    private static void mergeDown(XWPFTableCell cell, boolean continues) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(continues ? STMerge.CONTINUE : STMerge.RESTART);
        if (continues) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            while (!paragraph.getRuns().isEmpty()) {
                paragraph.removeRun(0);
            }
        }
    }

    private static void fill(XWPFTableRow row, String[] cells, Column[] columns, boolean bold) {
        // a row is never split over two pages: "资源环境与安全大" on one and "类" on the next
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(width(columns[c])));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, cells[c], 10, bold);
        }
    }

    private void studentsChart() throws IOException {
        String students = SchoolFigure.column(MajorColumn.STUDENTS);
        List<ReportFigures.School> schools = figures.schools().stream()
                .sorted(ChartStyle.largestFirst((ReportFigures.School s) -> number(s.figures().get(students)).longValue())).toList();
        if (schools.isEmpty()) {
            return;
        }
        XWPFChart chart = chart(figures.year() + " 年各校招生、在校生、毕业生（人）", 11); // one line over the chart, as the workbook's
        XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis people = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, people);
        ChartStyle.horizontal(bars, names, people);
        String[] schoolNames = schools.stream().map(ReportFigures.School::name).toArray(String[]::new);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(schoolNames,
                chart.formatRange(new CellRangeAddress(1, schoolNames.length, 0, 0)), 0);
        List<MajorColumn> shown = List.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES);
        for (int s = 0; s < shown.size(); s++) {
            String column = SchoolFigure.column(shown.get(s));
            Double[] values = schools.stream().map(school -> number(school.figures().get(column))).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> data = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, schoolNames.length, s + 1, s + 1)), s + 1);
            XDDFChartData.Series series = bars.addSeries(categories, data);
            series.setTitle(shown.get(s).label(), chart.setSheetTitle(shown.get(s).label(), s + 1));
            ChartStyle.fill(series, ChartStyle.PALETTE[s]);
        }
        chart.plot(bars);
        ChartStyle.valueLabels(chart);
        figureCaption(figures.year() + " 年各校招生、在校生、毕业生人数");
    }

    private void destinationsChart() throws IOException {
        Optional<IndicatorValue> direct = figures.city(Indicator.DIRECT_EMPLOYED);
        Optional<IndicatorValue> further = figures.city(Indicator.FURTHER_STUDY);
        if (direct.isEmpty() || further.isEmpty()) {
            return;
        }
        XWPFChart chart = chart(figures.year() + " 年" + ChartStyle.PLACED_GRADUATES_TITLE, 8);
        XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        pie.setVaryColors(true);
        String[] kinds = {"直接就业", "升学"};
        Double[] people = {number(direct.get().value()), number(further.get().value())};
        XDDFChartData.Series series = pie.addSeries(
                XDDFDataSourcesFactory.fromArray(kinds, chart.formatRange(new CellRangeAddress(1, 2, 0, 0)), 0),
                XDDFDataSourcesFactory.fromArray(people, chart.formatRange(new CellRangeAddress(1, 2, 1, 1)), 1));
        series.setTitle("人数", chart.setSheetTitle("人数", 1));
        chart.plot(pie);
        ChartStyle.slices(chart, ChartStyle.PALETTE[0], ChartStyle.PALETTE[2]);
        figureCaption(figures.year() + " 年" + ChartStyle.PLACED_GRADUATES_TITLE);
    }

    /** A chart the width of the text, {@code height} centimetres high (the school names under the bars need room). */
    private XWPFChart chart(String title, int height) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true); // the chart stays on the page of its caption
        XWPFChart chart;
        try {
            chart = document.createChart(paragraph.createRun(), 14 * Units.EMU_PER_CENTIMETER, height * Units.EMU_PER_CENTIMETER);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }


    private static Double number(BigDecimal value) {
        return value == null ? 0d : value.doubleValue();
    }
}
