package cn.vocstat.export;

import java.util.Comparator;
import java.util.function.ToLongFunction;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;

/**
 * Colours and labels of the native charts in the workbook and the drafted document. They are
 * written out: LibreOffice draws a series or a pie slice that has none as blank.
 */
public final class ChartStyle {

    /** The colours of a chart's series or slices, in order: distinct in colour and in grey print. */
    public static final PresetColor[] PALETTE = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN,
        PresetColor.DARK_RED, PresetColor.GOLDENROD, PresetColor.GRAY};

    /**
     * The destinations pie's title: it shows the graduates placed (直接就业, 升学), so its shares are
     * those the report states (占 33.05%, 占 66.95%); the unplaced are in the table beside it.
     */
    public static final String PLACED_GRADUATES_TITLE = "已落实去向毕业生的去向结构";
    /** Shares on a pie as the report writes them: two decimals. */
    private static final String PERCENT_FORMAT = "0.00%";

    private ChartStyle() {
    }

    /**
     * Bars that lie along the page: school names read level down the side, in the table's order from the
     * top (the largest first), the value axis at the foot.
     */
    public static void horizontal(XDDFBarChartData bars, XDDFCategoryAxis categories, XDDFValueAxis values) {
        bars.setBarDirection(BarDirection.BAR);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        values.setCrosses(AxisCrosses.MAX);
    }

    /** Each bar's value written at it, so a small school's bar is read, not guessed. */
    public static void valueLabels(XDDFChart chart) {
        for (CTBarSer series : chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray()) {
            show(series.addNewDLbls(), true, false, false);
        }
    }

    /** What a series' labels show: its value, its category's name, its share. */
    private static void show(CTDLbls labels, boolean value, boolean category, boolean share) {
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(value);
        labels.addNewShowCatName().setVal(category);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(share);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** The order schools are charted in, in the workbook and the draft alike: the most students first. */
    public static <T> Comparator<T> largestFirst(ToLongFunction<T> students) {
        return Comparator.comparingLong(students).reversed();
    }

    public static void fill(XDDFChartData.Series series, PresetColor colour) {
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
    }

    /** A colour for each slice of the chart's first pie, and its name and share (66.95%, as the text writes it) on it. */
    public static void slices(XDDFChart chart, PresetColor... colours) {
        CTPieSer series = chart.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0);
        for (int i = 0; i < colours.length; i++) {
            CTDPt point = series.addNewDPt();
            point.addNewIdx().setVal(i);
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colours[i])));
            point.setSpPr(fill.getXmlObject());
        }
        CTDLbls labels = series.addNewDLbls();
        labels.addNewNumFmt().setFormatCode(PERCENT_FORMAT);
        labels.getNumFmt().setSourceLinked(false);
        show(labels, false, true, true);
    }
}
