package cn.vocstat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An .xlsx package taken apart and put together again, part by part, as a tool other than Excel (or a
 * school's macro, or a hostile file) writes one: parts edited as text, parts added, relationships and
 * content types declared, and sheets of any size streamed straight into the zip, never held whole.
 */
public final class PackageParts {

    public static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** A part written straight into the zip, of any size. */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(Writer out) throws IOException;
    }

    private final Map<String, Object> parts = new LinkedHashMap<>();

    private PackageParts() {
    }

    public static PackageParts of(Path file) throws IOException {
        PackageParts pkg = new PackageParts();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                pkg.parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return pkg;
    }

    public String text(String part) {
        return new String((byte[]) parts.get(part), StandardCharsets.UTF_8);
    }

    public PackageParts edit(String part, UnaryOperator<String> change) {
        return put(part, change.apply(text(part)));
    }

    public PackageParts put(String part, String text) {
        return put(part, text.getBytes(StandardCharsets.UTF_8));
    }

    public PackageParts put(String part, byte[] bytes) {
        parts.put(part, bytes);
        return this;
    }

    public PackageParts stream(String part, Streamed content) {
        parts.put(part, content);
        return this;
    }

    /** Declares the part's content type. */
    public PackageParts contentType(String part, String type) {
        return edit("[Content_Types].xml", xml -> xml.replace("</Types>", "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/></Types>"));
    }

    /** Adds a relationship to the source part ("" for the package), its relationships part made when it has none. */
    public PackageParts relate(String source, String id, String type, String target, boolean external) {
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        String rels = folder + "_rels/" + source.substring(folder.length()) + ".rels";
        if (!parts.containsKey(rels)) {
            put(rels, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
        }
        String relationship = "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\""
                + (external ? " TargetMode=\"External\"" : "") + "/>";
        return edit(rels, xml -> xml.replace("</Relationships>", relationship + "</Relationships>"));
    }

    /** Adds a worksheet of the workbook, in the state given (visible, hidden, veryHidden), its content streamed. */
    public PackageParts addSheet(String name, String state, int number, Streamed sheetData) {
        String part = "xl/worksheets/extra" + number + ".xml";
        String id = "rIdExtra" + number;
        stream(part, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            sheetData.writeTo(out);
            out.write("</sheetData></worksheet>");
        });
        contentType(part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        relate("xl/workbook.xml", id, RELATIONSHIPS + "/worksheet", "worksheets/extra" + number + ".xml", false);
        return edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "<sheet name=\"" + name + "\" sheetId=\"" + (100 + number) + "\" state=\""
                + state + "\" r:id=\"" + id + "\"/></sheets>"));
    }

    /**
     * What Excel would repair in a package: a relationship id an XML part names (r:id, r:embed...)
     * that the part's relationships do not hold, and a relationship to a part the package does not have.
     */
    public static List<String> danglingReferences(Path file) throws IOException, InvalidFormatException, SAXException {
        List<String> dangling = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : pkg.getParts()) {
                if (part.isRelationshipPart() || part instanceof PackagePropertiesPart) {
                    continue;
                }
                for (PackageRelationship relationship : part.getRelationships()) {
                    if (relationship.getTargetMode() == TargetMode.INTERNAL && relationship.getTargetURI().getFragment() == null
                            && pkg.getPart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(part.getPartName().getURI(),
                            relationship.getTargetURI()))) == null) {
                        dangling.add(part.getPartName() + " → " + relationship.getTargetURI());
                    }
                }
                if (!part.getContentType().endsWith("xml")) {
                    continue;
                }
                Document xml;
                try (InputStream in = part.getInputStream()) {
                    xml = DocumentHelper.readDocument(in);
                }
                NodeList elements = xml.getElementsByTagNameNS("*", "*");
                for (int i = 0; i < elements.getLength(); i++) {
                    NamedNodeMap attributes = elements.item(i).getAttributes();
                    for (int a = 0; a < attributes.getLength(); a++) {
                        Node attribute = attributes.item(a);
                        if (RELATIONSHIPS.equals(attribute.getNamespaceURI()) && part.getRelationship(attribute.getNodeValue()) == null) {
                            dangling.add(part.getPartName() + " " + elements.item(i).getLocalName() + " r:" + attribute.getLocalName()
                                    + "=" + attribute.getNodeValue());
                        }
                    }
                }
            }
        }
        return dangling;
    }

    public void write(Path file) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Object> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getValue() instanceof Streamed streamed) {
                    Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                    streamed.writeTo(out);
                    out.flush();
                } else {
                    zip.write((byte[]) part.getValue());
                }
                zip.closeEntry();
            }
        }
    }
}
