package cn.vocstat.store;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.ExplanationColumn;
import cn.vocstat.model.FieldLimit;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.rules.Resolution;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every column of the consolidated tables with the limit of what it holds, taken from the field
 * catalogue of the form, the reference data and vocstat's own catalogues. A value is checked against
 * its field's limit where it enters (a finding on its cell), so the database never meets one it
 * cannot hold; a test compares these limits with the schema of H2 and MySQL. A column whose type has
 * no size (a time, a flag, file content) has no limit.
 */
public record StoredColumn(String table, String column, FieldLimit limit) {

    /** The longest file name Linux and Windows file systems allow, in characters. */
    public static final FieldLimit FILE_NAME = FieldLimit.text(255);
    public static final FieldLimit SHA256 = FieldLimit.text(64);
    /** The output folder a run published to, as an absolute path. */
    public static final FieldLimit OUTPUT_DIR = FieldLimit.text(1000);
    /** An output's path under output/<year>/: a folder name and a file name. */
    public static final FieldLimit OUTPUT_PATH = FieldLimit.text(FILE_NAME.maxLength() + "反馈/".length());
    /** sheet!A1:B2 with a sheet name as long as Excel allows and the widest range; a reference file's 第 N 行 is shorter. */
    public static final FieldLimit LOCATION = FieldLimit.text(FormSheet.MAX_NAME_LENGTH + "!XFD1048576:XFD1048576".length());
    public static final FieldLimit MESSAGE = FieldLimit.text(Rule.maxMessageLength());
    /** A school's explanation, or the operator's confirmation with who confirmed it. */
    public static final FieldLimit NOTE = FieldLimit.text(ExplanationColumn.TEXT.limit().maxLength() + InfoField.FILLER.limit().maxLength()
            + "（确认人：）".length());
    /** A sum or a city figure in 元 or 万元. */
    public static final FieldLimit FIGURE = new FieldLimit(0, CityStatistic.MAX_YUAN, CityStatistic.SCALE);
    /** A ratio or growth of two city figures: at most the largest figure over the smallest (0.01). */
    public static final FieldLimit INDICATOR = new FieldLimit(0, CityStatistic.MAX_YUAN.movePointRight(CityStatistic.SCALE),
            ConsolidationStore.INDICATOR_SCALE);
    /** Where each figure of a school was read: column=location pairs, one per {@link SchoolFigure}. */
    public static final FieldLimit FIGURE_CELLS = FieldLimit.text(SchoolFigure.ALL.stream()
            .mapToInt(figure -> figure.column().length() + 2 + LOCATION.maxLength()).sum());
    /** What an indicator's note says: not computable, its data year, or the city statistic missing. */
    public static final FieldLimit INDICATOR_NOTE = FieldLimit.text(200);

    private static final FieldLimit SHEET = FieldLimit.text(FormSheet.MAX_NAME_LENGTH);
    private static final FieldLimit YEAR = FieldLimit.count(9999);
    private static final FieldLimit ROW = FieldLimit.count(1_048_576);
    private static final FieldLimit COUNTER = FieldLimit.count(Integer.MAX_VALUE);
    private static final FieldLimit RUN = FieldLimit.count(Long.MAX_VALUE);

    public static final List<StoredColumn> ALL = all();

    public boolean isSized() {
        return limit != null;
    }

    /** The text cut to what a text limit holds, never splitting a character: the last guard before the database. */
    public static String fit(String text, FieldLimit limit) {
        if (text == null || text.codePointCount(0, text.length()) <= limit.maxLength()) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit.maxLength() - 1)) + "…";
    }

    private static List<StoredColumn> all() {
        List<StoredColumn> all = new ArrayList<>();
        Table run = new Table("vs_run", all);
        run.sized(RUN, "run_id").sized(YEAR, "report_year").sized(SHA256, "input_fingerprint").unsized("stored_at", "published_at")
                .sized(OUTPUT_DIR, "output_dir")
                .sized(COUNTER, "returns_received", "returns_accepted", "returns_rejected", "schools_expected", "schools_missing",
                        "error_count", "warning_count");
        Table source = new Table("vs_source_file", all);
        source.sized(RUN, "run_id").sized(YEAR, "report_year").sized(FILE_NAME, "file_name").sized(SHA256, "sha256")
                .sized(RUN, "size_bytes").unsized("received_at").sized(InfoField.SCHOOL_CODE.limit(), "school_code")
                .sized(longest(Stream.of(ReturnStatus.values()), ReturnStatus::name), "status")
                .sized(COUNTER, "error_count", "warning_count", "info_count").sized(InfoField.SCHOOL_NAME.limit(), "school_name")
                .unsized("read_as_return").sized(COUNTER, "file_position");
        Table school = new Table("vs_school", all);
        school.sized(RUN, "run_id").sized(YEAR, "report_year").sized(InfoField.SCHOOL_CODE.limit(), "school_code")
                .sized(InfoField.SCHOOL_NAME.limit(), "school_name").sized(InfoField.SCHOOL_TYPE.limit(), "school_type")
                .sized(InfoField.LEVEL.limit(), "school_level").sized(InfoField.SPONSOR.limit(), "sponsor")
                .sized(InfoField.AUTHORITY.limit(), "authority").unsized("fill_date").sized(FILE_NAME, "file_name")
                .sized(SHA256, "sha256").sized(FieldLimit.count(FormSheet.MAX_ROWS), "majors").unsized("carried_over")
                .sized(COUNTER, "registry_position").sized(FIGURE_CELLS, "figure_cells");
        SchoolFigure.ALL.forEach(figure -> school.sized(figure.limit(), figure.column()));
        Table major = new Table("vs_major", all);
        major.sized(RUN, "run_id").sized(YEAR, "report_year").sized(InfoField.SCHOOL_CODE.limit(), "school_code").sized(ROW, "row_no")
                .sized(MajorColumn.CODE.limit(), "major_code").sized(MajorColumn.NAME.limit(), "major_name")
                .sized(MajorColumn.CATEGORY.limit(), "category_name").unsized("is_new", "brand", "featured")
                .sized(MajorColumn.THROUGH.limit(), "through_mode").sized(COUNTER, "school_position").sized(SHEET, "source_sheet");
        Stream.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES, MajorColumn.EMPLOYED, MajorColumn.DIRECT,
                MajorColumn.FURTHER).forEach(column -> major.sized(column.limit(), column.name().toLowerCase(Locale.ROOT)));
        Table award = new Table("vs_award", all);
        award.sized(RUN, "run_id").sized(YEAR, "report_year").sized(InfoField.SCHOOL_CODE.limit(), "school_code").sized(ROW, "row_no")
                .sized(AwardColumn.CONTEST.limit(), "contest").sized(AwardColumn.EVENT.limit(), "event")
                .sized(AwardColumn.LEVEL.limit(), "award_level").sized(AwardColumn.CATEGORY.limit(), "category")
                .sized(AwardColumn.GRADE.limit(), "grade").sized(AwardColumn.COUNT.limit(), "award_count").sized(COUNTER, "school_position")
                .sized(SHEET, "source_sheet");
        Table indicator = new Table("vs_indicator", all);
        indicator.sized(RUN, "run_id").sized(YEAR, "report_year").sized(longest(Stream.of(Indicator.values()), Indicator::id), "indicator_id")
                .sized(InfoField.SCHOOL_CODE.limit(), "scope_code").sized(InfoField.SCHOOL_NAME.limit(), "scope_name")
                .sized(YEAR, "data_year").sized(INDICATOR, "indicator_value", "prior_value")
                .sized(FieldLimit.text(INDICATOR.max().toPlainString().length() + 4), "display_value")
                .sized(FIGURE, "numerator", "denominator").sized(COUNTER, "schools_fed", "schools_expected")
                .sized(longest(Stream.of(Indicator.values()), Indicator::title), "indicator_name").sized(INDICATOR_NOTE, "note")
                .sized(COUNTER, "indicator_order", "scope_position");
        Table finding = new Table("vs_finding", all);
        finding.sized(RUN, "run_id").sized(YEAR, "report_year").sized(COUNTER, "seq").sized(InfoField.SCHOOL_CODE.limit(), "school_code")
                .sized(FILE_NAME, "file_name").sized(SHA256, "file_sha256").sized(LOCATION, "location")
                .sized(longest(Stream.of(Rule.values()), Rule::id), "rule_id").sized(longest(Stream.of(Severity.values()), Severity::label), "severity")
                .sized(MESSAGE, "message").sized(longest(Stream.of(Resolution.values()), Resolution::label), "resolution").sized(NOTE, "note");
        Table version = new Table("vs_return_version", all);
        version.sized(YEAR, "report_year").sized(InfoField.SCHOOL_CODE.limit(), "school_code").sized(SHA256, "sha256")
                .sized(FILE_NAME, "file_name").sized(RUN, "size_bytes", "accepted_run_id").unsized("received_at", "accepted_at", "content");
        Table cache = new Table("vs_reading_cache", all);
        cache.sized(SHA256, "sha256").sized(FieldLimit.text(16), "reader_version").unsized("content", "cached_at");
        Table output = new Table("vs_output_file", all);
        output.sized(RUN, "run_id").sized(OUTPUT_PATH, "path").sized(SHA256, "sha256").sized(RUN, "size_bytes", "modified_ms");
        new Table("vs_file_state", all).sized(SHA256, "path_key", "sha256").sized(RUN, "size_bytes", "modified_ms");
        new Table("vs_run_lock", all).sized(YEAR, "report_year");
        return Collections.unmodifiableList(all);
    }

    private static <T> FieldLimit longest(Stream<T> values, Function<T, String> text) {
        return FieldLimit.text(values.map(text).mapToInt(String::length).max().orElse(0));
    }

    /** Collects the columns of one table. */
    private record Table(String name, List<StoredColumn> into) {

        Table sized(FieldLimit limit, String... columns) {
            for (String column : columns) {
                into.add(new StoredColumn(name, column, limit));
            }
            return this;
        }

        Table unsized(String... columns) {
            return sized(null, columns);
        }
    }

}
