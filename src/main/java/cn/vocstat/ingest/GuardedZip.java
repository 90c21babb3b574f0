package cn.vocstat.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;

/**
 * A zip package read from bytes already in memory, under the guards POI's {@code ZipSecureFile}
 * puts on a zip on disk: every part is inflated through POI's threshold stream (the limits of
 * {@link ZipLimits}: inflate ratio, entry size), and a package with more parts than those limits
 * allow, two parts of one name (which two readers could take for different content) or a nameless
 * part is refused.
 */
public final class GuardedZip implements Closeable {

    private final ZipFile zip;

    private GuardedZip(ZipFile zip) {
        this.zip = zip;
    }

    public static GuardedZip open(byte[] content) throws IOException {
        ZipLimits.apply();
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
        try {
            refuseOddParts(zip);
        } catch (IOException e) {
            zip.close();
            throw e;
        }
        return new GuardedZip(zip);
    }

    public Enumeration<ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    public ZipArchiveEntry getEntry(String name) {
        return zip.getEntry(name);
    }

    /** The entry's content, inflated under the guards. */
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new ZipArchiveThresholdInputStream(zip.getInputStream(entry));
    }

    /** The entry's bytes as stored (compressed), to copy it unchanged into another zip. */
    public InputStream getRawInputStream(ZipArchiveEntry entry) throws IOException {
        return zip.getRawInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void refuseOddParts(ZipFile zip) throws IOException {
        Set<String> names = new HashSet<>();
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
            if (names.size() >= ZipLimits.MAX_FILE_COUNT) {
                throw new IOException(String.format("The package has more than %d parts: max allowed overall size", ZipLimits.MAX_FILE_COUNT));
            }
            String name = entries.nextElement().getName();
            if (name == null || name.isEmpty()) {
                throw new IOException("Input file contains an entry with an empty name");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IOException("Input file contains more than 1 entry with the name " + name);
            }
        }
    }
}
