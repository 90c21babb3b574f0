package cn.vocstat.report;

/** A part of a drafted sentence: words, a figure linked to what it was read from, or a table or chart. */
public sealed interface Piece {

    /** Words of the template, or a name. */
    record Words(String text) implements Piece {
    }

    /**
     * A number as written, and its link: the indicator id or school figure, what of it ({@link Role})
     * and, for one school's figure, the school's code (else empty); the document keeps the link as a
     * bookmark on the number.
     */
    record Figure(String text, String source, Role role, String school) implements Piece {

        /** A figure of the city. */
        Figure(String text, String source, Role role) {
            this(text, source, role, "");
        }
    }

    /** A table or chart the section shows: {@code 表:学校}, {@code 图:学生}. */
    record Block(String kind, String name) implements Piece {
    }

    /** What of an indicator or figure a number is. */
    enum Role {
        VALUE("v"), CHANGE("c"), PRIOR("p"), NUMERATOR("n"), DENOMINATOR("d"), YEAR("y"), EXPECTED("e"), TOTAL("t"), SCHOOL("s");

        private final String letter;

        Role(String letter) {
            this.letter = letter;
        }

        /** The role's letter in a bookmark name. */
        public String letter() {
            return letter;
        }
    }
}
