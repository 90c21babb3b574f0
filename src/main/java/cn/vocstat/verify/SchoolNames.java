package cn.vocstat.verify;

import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.reference.Registry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the registered schools a text names, by their registered name, an alias, or the short name
 * people write (郊区职高, 平定职中, 盂县职校, 综合中专), the longest name first.
 */
final class SchoolNames {

    /** How a text named the school: DEFINED by the text itself (盂县职业技术学校（以下简称“县职校”）). */
    enum Written { REGISTERED, ALIAS, SHORT, DEFINED }

    /** A school named in a text: where, as written, and how. */
    record Mention(int start, int end, String written, RegisteredSchool school, Written how) {
        boolean registeredName() {
            return how == Written.REGISTERED;
        }
    }

    private record Name(String text, RegisteredSchool school, Written how) {
    }

    /** The kinds of school and how people shorten them: 职业高级中学校 → 职高. */
    private static final Map<String, List<String>> SHORT_KINDS = Map.of(
            "职业高级中学校", List.of("职高", "职中"), "高级职业中学校", List.of("职中", "职高"),
            "职业技术学校", List.of("职校"), "职业中专学校", List.of("职业中专", "职专"), "综合中专学校", List.of("综合中专"),
            "体育运动学校", List.of("体校"), "中等专业学校", List.of("中专"), "技工学校", List.of("技校"), "卫生学校", List.of("卫校"));
    /** A school's name: its city, its place within the city (a county, a district), and its kind. */
    private static final Pattern PLACE = Pattern.compile("^(?<city>[\\p{IsHan}]{2,3}市)?(?<place>[\\p{IsHan}]*?)$");
    /** A short name without a place must be this long to be one school's and nothing else (职专 is in 中职专业)… */
    private static final int SHORT_WITHOUT_PLACE = 4;
    /** …but for the kinds whose short name says what the school teaches. */
    private static final Set<String> DISTINCT_SHORT = Set.of("体校", "卫校");

    private final List<Name> names = new ArrayList<>();

    /** A school named, then the short name the text will use for it: （以下简称“县职校”）, （简称县职校）. */
    private static final Pattern ABBREVIATION = Pattern.compile("^\\s*[（(](?:以下)?(?:简称|称)为?[“\"「『]?(\\p{IsHan}{2,8}?)[”\"」』]?[）)]");

    private SchoolNames(List<Name> names) {
        this.names.addAll(names);
    }

    SchoolNames(Registry registry) {
        for (RegisteredSchool school : registry.all()) {
            names.add(new Name(school.name(), school, Written.REGISTERED));
            school.aliases().forEach(alias -> names.add(new Name(alias, school, Written.ALIAS)));
        }
        Set<String> written = new LinkedHashSet<>(names.stream().map(Name::text).toList());
        Map<String, List<RegisteredSchool>> shortNames = new HashMap<>();
        for (RegisteredSchool school : registry.all()) {
            shortNames(school.name()).stream().filter(s -> !written.contains(s))
                    .forEach(s -> shortNames.computeIfAbsent(s, k -> new ArrayList<>()).add(school));
        }
        // a short name two schools could have names neither
        shortNames.forEach((text, schools) -> {
            if (schools.size() == 1) {
                names.add(new Name(text, schools.get(0), Written.SHORT));
            }
        });
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed().thenComparing(Name::text));
    }

    /** 阳泉市郊区职业高级中学校 → 郊区职高, 郊区职中; 平定县高级职业中学校 → 平定职中, 平定县职中…; 阳泉市综合中专学校 → 综合中专, 阳泉综合中专. */
    private static List<String> shortNames(String name) {
        List<String> found = new ArrayList<>();
        SHORT_KINDS.forEach((kind, shortKinds) -> {
            if (!name.endsWith(kind)) {
                return;
            }
            Matcher stem = PLACE.matcher(name.substring(0, name.length() - kind.length()));
            if (!stem.matches()) {
                return;
            }
            String city = stem.group("city") == null ? "" : stem.group("city");
            String place = stem.group("place");
            List<String> places = new ArrayList<>();
            if (!place.isEmpty()) {
                places.add(place);
                if (place.length() >= 3 && (place.endsWith("县") || place.endsWith("区"))) {
                    places.add(place.substring(0, place.length() - 1));
                }
            } else if (!city.isEmpty()) {
                places.add(city.substring(0, city.length() - 1));
                places.add("");
            }
            for (String shortKind : shortKinds) {
                for (String where : places) {
                    if (!where.isEmpty() || shortKind.length() >= SHORT_WITHOUT_PLACE || DISTINCT_SHORT.contains(shortKind)) {
                        found.add(where + shortKind);
                    }
                }
            }
        });
        return found;
    }

    /** These names and the short names a text defines for the schools it names; these alone when it defines none. */
    SchoolNames withAbbreviationsIn(String text) {
        List<Name> defined = new ArrayList<>();
        for (Mention mention : find(text)) {
            Matcher abbreviation = ABBREVIATION.matcher(text.substring(mention.end()));
            if (abbreviation.find() && names.stream().noneMatch(n -> n.text().equals(abbreviation.group(1)))) {
                defined.add(new Name(abbreviation.group(1), mention.school(), Written.DEFINED));
            }
        }
        if (defined.isEmpty()) {
            return this;
        }
        List<Name> all = new ArrayList<>(names);
        all.addAll(defined);
        all.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed().thenComparing(Name::text));
        return new SchoolNames(all);
    }

    List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Name name : names) {
            for (int at = text.indexOf(name.text()); at >= 0; at = text.indexOf(name.text(), at + 1)) {
                if (!taken[at] && !taken[at + name.text().length() - 1]) {
                    for (int i = at; i < at + name.text().length(); i++) {
                        taken[i] = true;
                    }
                    mentions.add(new Mention(at, at + name.text().length(), name.text(), name.school(), name.how()));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }
}
