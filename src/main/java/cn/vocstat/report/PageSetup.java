package cn.vocstat.report;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of a Chinese report: A4 portrait, margins of 2.54 cm above and below and 3.17 cm left and
 * right (Word's 普通 margins in its Chinese edition), and the page number centred in the footer (— 1 —).
 */
final class PageSetup {

    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    /** 2.54 cm and 3.17 cm in twentieths of a point. */
    static final int MARGIN_TOP_BOTTOM = 1440;
    static final int MARGIN_LEFT_RIGHT = 1797;
    /** The header and the footer 1.5 cm and 1.75 cm from the page's edge, as Word's Chinese edition sets them. */
    static final int HEADER_DISTANCE = 851;
    static final int FOOTER_DISTANCE = 992;
    /** The width between the margins, which the tables fill. */
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN_LEFT_RIGHT;

    private PageSetup() {
    }

    static void a4WithPageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText("— ");
        CTSimpleField page = paragraph.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
        paragraph.createRun().setText(" —");

        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT_RIGHT));
        margins.setRight(BigInteger.valueOf(MARGIN_LEFT_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }
}
