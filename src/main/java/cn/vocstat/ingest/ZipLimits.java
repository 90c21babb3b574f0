package cn.vocstat.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guards, set on purpose. They are JVM-wide settings of POI, applied once before the
 * first workbook is opened (by the reader, and by the feedback's marked copy); a return is a few
 * hundred kilobytes, so these leave ample room.
 */
public final class ZipLimits {

    /** An entry that inflates more than 100 times its compressed size is taken for a zip bomb (POI's default). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a return comes near 200 MB uncompressed. */
    public static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** Shared strings and other text extracted from one workbook, in characters. */
    public static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;
    /** Parts in one package. */
    public static final long MAX_FILE_COUNT = 1000;

    private ZipLimits() {
    }

    public static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }
}
