package cn.vocstat.verify;

import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ZipLimits;

/**
 * The bounds a draft is read within, so that no file given to {@code verify} can exhaust its memory
 * or time or overflow its 核对结果. Where a return's limit fits a draft it is the same (the inflate
 * ratio and the parts of a package are ingest's ZipLimits); a draft differs from a return in carrying
 * photos, so its Word file and its parts may be larger. For scale: Yangquan's published 2025 report
 * has 15,600 characters in 400 lines.
 */
public final class DraftLimits {

    /** A Word draft carries its photos: fifty of them make tens of MB, where a return (no pictures) is refused beyond 10 MB. */
    public static final long MAX_WORD_BYTES = 100L << 20;
    /** A draft saved as text is a few hundred KB at most, smaller than a return: the returns' limit fits it. */
    public static final long MAX_TEXT_BYTES = ReturnReader.MAX_FILE_BYTES;
    /** Parts of a package, as for a return: Word writes a dozen, and one more for each picture. */
    public static final int MAX_PARTS = (int) ZipLimits.MAX_FILE_COUNT;
    /** A part that inflates to more than 100 times its compressed size is a zip bomb, as for a return (POI's own limit). */
    public static final int MAX_INFLATE_FACTOR = (int) Math.round(1 / ZipLimits.MIN_INFLATE_RATIO);
    /** Below this a part is not judged by its ratio: a short part of repeated markup may compress very well (POI's grace). */
    public static final long RATIO_GRACE_BYTES = 100L << 10;
    /** One part inflated: a photo is a few MB; POI holds a whole XML part in memory while it reads it. */
    public static final long MAX_PART_BYTES = 50L << 20;
    /** All parts inflated: photos hardly compress, so a draft at the file limit unpacks to little more than its size. */
    public static final long MAX_UNPACKED_BYTES = 200L << 20;
    /**
     * XML elements in all the parts. POI keeps each element of a part it reads in memory (some 300
     * bytes each, far more than the markup), so this, not the bytes, bounds its memory: a document of
     * empty runs 30 MB long took 1.5 GB. The drafted sections have 1.2 elements a character, and Word
     * writes a few more (revision ids, run properties): room for a draft ten times the report's.
     */
    public static final int MAX_XML_ELEMENTS = 1_000_000;
    /**
     * Paragraphs, 250 times the report's lines: a text file's lines; in a Word file every paragraph of
     * every part, blank ones, a table cell's, a header's or a chart's included.
     */
    public static final int MAX_PARAGRAPHS = 100_000;
    /**
     * Characters of text, thirty times the report's. Each row of 核对结果 stands on characters of its
     * own (a number with its unit, a school's name, a table cell), so a draft within this limit has
     * fewer rows than a sheet holds (1,048,576), and the checker's work, which grows with the text
     * (never with its square), stays within minutes even for a draft made of nothing but numbers.
     */
    public static final int MAX_TEXT_CHARS = 500_000;

    private DraftLimits() {
    }
}
