package cn.vocstat.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The defined names an .xlsx's marked copy cannot keep, taken out of the workbook part before POI
 * loads it: names that run a macro, names local to a sheet not copied, names whose formula mentions
 * what is gone, and then the names that mention those, however long the chain. Each formula is read
 * once and a name gone leads straight to the names that use it, so the work grows with the names,
 * not with their square; POI itself removes a name by comparing it as XML with the names before it.
 */
final class DefinedNames {

    /** Attributes of a name that runs an Excel 4.0 macro, a function or a VBA procedure. */
    private static final List<String> MACRO = List.of("xlm", "function", "vbProcedure");

    private DefinedNames() {
    }

    /**
     * Removes from the workbook part the names the copy cannot keep, adding those of them that
     * formulas may mention to what is gone; the sheets not copied are given by their position
     * (what a local name's {@code localSheetId} counts). True when any name was removed.
     */
    static boolean removeGone(Element workbook, Set<Integer> sheetsNotCopied, GoneFromCopy gone) throws InterruptedException {
        List<Element> names = new ArrayList<>();
        for (Element list : children(workbook, "definedNames")) {
            names.addAll(children(list, "definedName"));
        }
        Map<String, List<Element>> usedBy = new HashMap<>();
        Deque<Element> going = new ArrayDeque<>();
        boolean removed = false;
        for (Element name : names) {
            MarkedCopies.stopIfAbandoned();
            String local = name.getAttribute("localSheetId");
            if (!local.isEmpty() && sheetsNotCopied.contains(sheetPosition(local))) {
                // reachable only through its sheet's name, which is gone already
                remove(name);
                removed = true;
                continue;
            }
            String formula = name.getTextContent();
            GoneFromCopy.namesIn(formula).forEach(used -> usedBy.computeIfAbsent(used, k -> new ArrayList<>()).add(name));
            if (MACRO.stream().anyMatch(flag -> isTrue(name.getAttribute(flag))) || gone.mentions(formula)) {
                going.add(name);
            }
        }
        while (!going.isEmpty()) {
            Element name = going.pop();
            if (name.getParentNode() == null) {
                continue;
            }
            remove(name);
            removed = true;
            String text = name.getAttribute("name");
            if (gone.addName(text)) {
                going.addAll(usedBy.getOrDefault(GoneFromCopy.key(text), List.of()));
            }
        }
        for (Element list : children(workbook, "definedNames")) {
            if (children(list, "definedName").isEmpty()) {
                remove(list);
            }
        }
        return removed;
    }

    private static int sheetPosition(String localSheetId) {
        try {
            return Integer.parseInt(localSheetId.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isTrue(String flag) {
        return flag.equals("1") || flag.equals("true");
    }

    private static void remove(Element element) {
        element.getParentNode().removeChild(element);
    }

    /** The element's children of this local name, in whatever namespace. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
