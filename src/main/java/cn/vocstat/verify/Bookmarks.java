package cn.vocstat.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/** The vs_ bookmarks of a Word paragraph, with the characters of its text each spans. */
final class Bookmarks {

    static final String PREFIX = "vs_";

    private Bookmarks() {
    }

    /** The paragraph's vs_ bookmarks; none when its text as read here is not the text the checker reads (a field, a hyperlink). */
    static List<DraftText.Bookmark> of(XWPFParagraph paragraph) {
        List<DraftText.Bookmark> found = new ArrayList<>();
        Map<BigInteger, String> open = new HashMap<>();
        Map<BigInteger, Integer> starts = new HashMap<>();
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
            int depth = 0;
            for (XmlCursor.TokenType token = cursor.toNextToken(); !token.isEnddoc(); token = cursor.toNextToken()) {
                if (token.isEnd() && --depth < 0) {
                    break; // the paragraph's end
                }
                if (!token.isStart()) {
                    continue;
                }
                depth++;
                Object object = cursor.getObject();
                if (object instanceof CTBookmark start && start.getName() != null && start.getName().startsWith(PREFIX)) {
                    open.put(start.getId(), start.getName());
                    starts.put(start.getId(), text.length());
                } else if (object instanceof CTText t && "t".equals(cursor.getName().getLocalPart())) {
                    text.append(t.getStringValue());
                } else if (object instanceof CTMarkupRange end && "bookmarkEnd".equals(cursor.getName().getLocalPart())
                        && open.containsKey(end.getId())) {
                    found.add(new DraftText.Bookmark(open.remove(end.getId()), starts.remove(end.getId()), text.length()));
                }
            }
        }
        return text.toString().equals(paragraph.getText()) ? found : List.of();
    }
}
