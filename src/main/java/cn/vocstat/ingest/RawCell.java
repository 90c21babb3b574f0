package cn.vocstat.ingest;

/**
 * A cell as stored in the sheet XML. {@code text} is the stored value: the shared or inline
 * string, the number exactly as written in the file, TRUE/FALSE, or the error code.
 */
record RawCell(String ref, int row, int column, Kind kind, String text, String formula, boolean dateFormatted) {

    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

    boolean isFormula() {
        return formula != null;
    }
}
