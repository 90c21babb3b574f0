package cn.vocstat.reference;

/** The operator's acceptance of a warning (确认.csv); an empty school code confirms a city-level warning. */
public record Confirmation(String schoolCode, String ruleId, String text, String confirmedBy) {
}
