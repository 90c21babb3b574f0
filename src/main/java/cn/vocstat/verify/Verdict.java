package cn.vocstat.verify;

/** What the checker concludes about one claim of a draft: a row of the 核对结果. */
public record Verdict(String location, String sentence, String written, String targetId, String targetName, String dataValue,
                      Conclusion conclusion, String explanation) {

    public enum Conclusion {
        CONSISTENT("一致"), CONTRADICTED("不一致"), UNCHECKABLE("无法核对");

        private final String label;

        Conclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
