package cn.vocstat.export;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
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

    private ChartStyle() {
    }

    public static void fill(XDDFChartData.Series series, PresetColor colour) {
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
    }

    /** A colour for each slice of the chart's first pie, and its share and count written on it. */
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
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(true);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(true);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
