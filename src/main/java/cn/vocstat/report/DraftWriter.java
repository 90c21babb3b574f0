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
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
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

    private final XWPFDocument document = new XWPFDocument();
    private final ReportFigures figures;
    private final Renderer renderer;
    private int bookmarks;
    private int captions;

    DraftWriter(ReportFigures figures) {
        this.figures = figures;
        this.renderer = new Renderer(figures);
    }

    void write(Path file, SentenceCatalogue catalogue, String origin) throws IOException {
        headingStyles();
        paragraph(ParagraphAlignment.CENTER, 18, true, List.of(new Words(figures.year() + " 年中等职业教育质量年度报告（数据章节）")));
        paragraph(ParagraphAlignment.LEFT, 10, false, List.of(new Words(origin)));
        paragraph(ParagraphAlignment.LEFT, 10, false, List.of(new Words(Wording.CONVENTIONS)));
        String section = "";
        int paragraphNumber = -1;
        List<Piece> open = new ArrayList<>();
        for (Sentence sentence : catalogue.sentences()) {
            if (sentence.isHeading()) {
                flush(open);
                heading(1, sentence.section() + " " + sentence.title());
                section = sentence.section();
                continue;
            }
            if (!sentence.section().equals(section)) {
                flush(open);
                heading(2, sentence.section() + " " + sentence.title());
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
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(HEADING + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private void heading(int level, String text) {
        paragraph(ParagraphAlignment.LEFT, level == 1 ? 15 : 13, true, List.of(new Words(text)));
        document.getParagraphs().get(document.getParagraphs().size() - 1).setStyle(HEADING + level);
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
    }

    private void paragraph(ParagraphAlignment alignment, int size, boolean bold, List<Piece> pieces) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (alignment == ParagraphAlignment.LEFT && !bold && size == 12) {
            paragraph.setFirstLineIndent(480);
        }
        paragraph.setSpacingAfter(120);
        for (Piece piece : pieces) {
            if (piece instanceof Figure figure) {
                int id = ++bookmarks;
                CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
                start.setId(BigInteger.valueOf(id));
                start.setName(BOOKMARK_PREFIX + figure.source() + "_" + figure.role().letter() + id);
                run(paragraph, figure.text(), size, bold);
                paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
            } else if (piece instanceof Words words) {
                run(paragraph, words.text(), size, bold);
            }
        }
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

    private void caption(String text) {
        paragraph(ParagraphAlignment.CENTER, 10, true, List.of(new Words("图 " + ++captions + " " + text)));
    }

    /** 图 1 of the report: every school that counts, with its 建设水平; the text's count is this table's rows. */
    private void schoolTable() {
        List<RegisteredSchool> schools = figures.registered();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            rows.add(new String[] {String.valueOf(i + 1), schools.get(i).name(), schools.get(i).level()});
        }
        table(new String[] {"序号", "学校名称", "建设水平"}, rows);
        caption(figures.year() + " 年全市中职学校情况");
    }

    /** 图 4 of the report: the new majors by school, the school named on its first row. */
    private void newMajorTable() {
        List<String[]> rows = new ArrayList<>();
        String previous = null;
        for (ReportFigures.NewMajor major : figures.newMajors()) {
            rows.add(new String[] {String.valueOf(rows.size() + 1), major.schoolName().equals(previous) ? "" : major.schoolName(),
                    major.majorName(), major.category()});
            previous = major.schoolName();
        }
        table(new String[] {"序号", "学校名称", "新增专业", "专业大类"}, rows);
        caption(figures.year() + " 年新增专业分布情况");
    }

    private void table(String[] header, List<String[]> rows) {
        if (!figures.detailed()) {
            paragraph(ParagraphAlignment.LEFT, 12, false, List.of(new Words("学校较多，名单见汇总表。")));
            return;
        }
        XWPFTable table = document.createTable(rows.size() + 1, header.length);
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
    }

    private static void fill(XWPFTableRow row, String[] cells, boolean bold) {
        for (int c = 0; c < cells.length; c++) {
            XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, cells[c], 10, bold);
        }
    }

    private void studentsChart() throws IOException {
        List<ReportFigures.School> schools = figures.schools();
        if (schools.isEmpty()) {
            return;
        }
        XWPFChart chart = chart("各校招生、在校生、毕业生人数（人）");
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, chart.createCategoryAxis(AxisPosition.BOTTOM), valueAxis(chart));
        bars.setBarDirection(BarDirection.COL);
        String[] names = schools.stream().map(ReportFigures.School::name).toArray(String[]::new);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names, chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
        List<MajorColumn> shown = List.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES);
        for (int s = 0; s < shown.size(); s++) {
            String column = SchoolFigure.column(shown.get(s));
            Double[] values = schools.stream().map(school -> number(school.figures().get(column))).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> data = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, names.length, s + 1, s + 1)), s + 1);
            XDDFChartData.Series series = bars.addSeries(categories, data);
            series.setTitle(shown.get(s).label(), chart.setSheetTitle(shown.get(s).label(), s + 1));
            ChartStyle.fill(series, ChartStyle.PALETTE[s]);
        }
        chart.plot(bars);
        caption("各校招生、在校生、毕业生人数");
    }

    private void destinationsChart() throws IOException {
        Optional<IndicatorValue> direct = figures.city(Indicator.DIRECT_EMPLOYED);
        Optional<IndicatorValue> further = figures.city(Indicator.FURTHER_STUDY);
        if (direct.isEmpty() || further.isEmpty()) {
            return;
        }
        XWPFChart chart = chart("毕业生去向结构（人）");
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
        caption("毕业生去向结构");
    }

    private XWPFChart chart(String title) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFChart chart;
        try {
            chart = document.createChart(paragraph.createRun(), 15 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XWPFChart chart) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        return axis;
    }

    private static Double number(BigDecimal value) {
        return value == null ? 0d : value.doubleValue();
    }
}
