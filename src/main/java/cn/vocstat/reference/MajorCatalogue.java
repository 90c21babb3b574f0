package cn.vocstat.reference;

import cn.vocstat.ingest.Labels;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The major catalogue of one edition, plus the old names schools still use for a current major
 * (学前教育 for 770101 幼儿保育): an old name mapped here is not a mismatch.
 */
public final class MajorCatalogue {

    private final String edition;
    private final Map<String, CatalogueMajor> byCode;
    private final Map<String, String> oldNames;

    public MajorCatalogue(String edition, List<CatalogueMajor> majors, Map<String, String> oldNameToCode) {
        this.edition = edition;
        this.byCode = majors.stream().collect(Collectors.toUnmodifiableMap(CatalogueMajor::code, Function.identity(), (a, b) -> a));
        this.oldNames = oldNameToCode.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> Labels.normalise(e.getKey()), Map.Entry::getValue, (a, b) -> a));
    }

    public String edition() {
        return edition;
    }

    public Optional<CatalogueMajor> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether the name is the catalogue's name of the code, or an old name mapped to it. */
    public boolean isNameOf(String name, CatalogueMajor major) {
        String given = Labels.normalise(name);
        return given.equals(Labels.normalise(major.name())) || major.code().equals(oldNames.get(given));
    }

    /** Every major of the catalogue, in code order. */
    public List<CatalogueMajor> majors() {
        return byCode.values().stream().sorted(Comparator.comparing(CatalogueMajor::code)).toList();
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The catalogue entry a school most likely meant by a code the catalogue lacks: the one named as
     * the row names it (its current or an old name), else the most similar name (character pairs in
     * common, at least half), else the code sharing the longest leading digits (at least the four of
     * the 专业类), the nearest number among those.
     */
    public Optional<CatalogueMajor> nearest(String code, String name) {
        if (name != null && !name.isBlank()) {
            String given = Labels.normalise(name);
            Optional<CatalogueMajor> named = byCode.values().stream()
                    .filter(m -> Labels.normalise(m.name()).equals(given) || m.code().equals(oldNames.get(given))).findFirst();
            if (named.isPresent()) {
                return named;
            }
            Optional<CatalogueMajor> similar = byCode.values().stream()
                    .max(Comparator.comparingDouble((CatalogueMajor m) -> NameSimilarity.dice(given, Labels.normalise(m.name())))
                            .thenComparing(CatalogueMajor::code, Comparator.reverseOrder()));
            if (similar.isPresent() && NameSimilarity.dice(given, Labels.normalise(similar.get().name())) >= NameSimilarity.LIKELY) {
                return similar;
            }
        }
        if (code == null || !code.matches("\\d{4,}")) {
            return Optional.empty();
        }
        long wanted = Long.parseLong(code.length() > 18 ? code.substring(0, 18) : code);
        return byCode.values().stream()
                .filter(m -> commonPrefix(m.code(), code) >= 4)
                .max(Comparator.comparingInt((CatalogueMajor m) -> commonPrefix(m.code(), code))
                        .thenComparing(m -> -Math.abs(Long.parseLong(m.code()) - wanted)));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
