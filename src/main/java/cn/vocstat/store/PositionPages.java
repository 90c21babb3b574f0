package cn.vocstat.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a run's rows a page at a time by the positions they were stored with (registry order, file
 * order, finding number): each page is a range query on an index, the same on H2 and MySQL, and the
 * connection is free between pages for whatever the reader does with the rows.
 */
final class PositionPages {

    static final int SIZE = 1000;

    /** Reads the rows whose position is in [from, to). */
    @FunctionalInterface
    interface Page {
        void read(long from, long to);
    }

    private PositionPages() {
    }

    /** Every page from position 0 to the largest the query {@code maxPosition} (of the run) finds. */
    static void forEach(JdbcTemplate jdbc, String maxPosition, long runId, Page page) {
        Long max = jdbc.queryForObject(maxPosition, Long.class, runId);
        for (long from = 0; max != null && from <= max; from += SIZE) {
            page.read(from, from + SIZE);
        }
    }
}
