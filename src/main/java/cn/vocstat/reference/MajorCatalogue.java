package cn.vocstat.reference;

import cn.vocstat.ingest.Labels;
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

    public int size() {
        return byCode.size();
    }
}
