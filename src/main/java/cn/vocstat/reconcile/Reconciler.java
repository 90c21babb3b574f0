package cn.vocstat.reconcile;

import cn.vocstat.ingest.Labels;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.reference.Registry;
import cn.vocstat.rules.FileFault;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Thresholds;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reconciles the returns of a year against the registry: matches each to its school, keeps one
 * return per school (the later 填报日期, then the later file time), and lists the schools missing.
 */
public final class Reconciler {

    private static final Comparator<ReturnReading> LATEST_FIRST = Comparator
            .comparing((ReturnReading r) -> r.content().map(SchoolReturn::fillDate).orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.source().receivedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.source().name())
            .reversed();

    /** How a time is shown to people: 2026-11-29 22:47. */
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final int year;
    private final ReferenceData reference;
    private final PriorYearFigures prior;
    private final CrossChecks crossChecks;
    private final AcceptedVersions versions;
    private final SchoolWork work;

    public Reconciler(int year, ReferenceData reference, PriorYearFigures prior, Thresholds thresholds, AcceptedVersions versions) {
        this(year, reference, prior, thresholds, versions, SchoolWork.IN_MEMORY);
    }

    /**
     * A reconciler that runs the work of later stages on each accepted return as it goes, so that a
     * fault there fails that return alone, and that may hold only the returns' 基本信息 (see {@link SchoolWork}).
     */
    public Reconciler(int year, ReferenceData reference, PriorYearFigures prior, Thresholds thresholds, AcceptedVersions versions,
                      SchoolWork work) {
        this.year = year;
        this.reference = reference;
        this.prior = prior;
        this.crossChecks = new CrossChecks(thresholds);
        this.versions = versions;
        this.work = work;
    }

    /** One pass over the readings, and the accepted returns whose own work failed in it. */
    private record Attempt(Consolidation consolidation, Map<AcceptedReturn, Finding> faults) {
    }

    /**
     * Reconciles the year. A fault of the program in the work on one return (its registry checks,
     * its prior-year comparison, its last accepted version, or a later stage's {@link SchoolCheck})
     * fails that return alone: it is rejected with F-FILE-06 naming the stage, and the year is
     * reconciled again without it, so no city figure counts it.
     */
    public Consolidation reconcile(List<ReturnReading> readings) {
        List<ReturnReading> current = new ArrayList<>(readings);
        Set<String> brokenVersions = new HashSet<>();
        while (true) {
            Attempt attempt = attempt(current, brokenVersions);
            if (attempt.faults().isEmpty()) {
                return attempt.consolidation();
            }
            attempt.faults().forEach((school, fault) -> {
                String code = school.school().code();
                if (school.carriedOver()) {
                    brokenVersions.add(code);
                    current.replaceAll(r -> code.equals(r.schoolCode()) && r.hasErrors() ? r.withFindings(List.of(fault)) : r);
                } else {
                    current.replaceAll(r -> r.source().equals(school.content().source()) ? r.withFindings(List.of(fault)) : r);
                }
            });
        }
    }

    private Attempt attempt(List<ReturnReading> readings, Set<String> brokenVersions) {
        Registry registry = reference.registry();
        List<ReturnOutcome> outcomes = new ArrayList<>();
        Map<String, List<ReturnReading>> candidates = new LinkedHashMap<>();
        for (ReturnReading validated : readings) {
            if (validated.isSkipped()) {
                outcomes.add(new ReturnOutcome(validated, Optional.empty(), ReturnStatus.SKIPPED));
                continue;
            }
            ReturnReading reading = validated.withFindings(isolated(validated, () -> registryFindings(validated, registry)));
            Optional<RegisteredSchool> school = registry.byCode(reading.schoolCode());
            if (reading.hasErrors() || school.isEmpty()) {
                outcomes.add(new ReturnOutcome(reading, school, ReturnStatus.REJECTED));
            } else if (!school.get().counted()) {
                outcomes.add(new ReturnOutcome(reading, school, ReturnStatus.NOT_COUNTED));
            } else {
                candidates.computeIfAbsent(school.get().code(), code -> new ArrayList<>()).add(reading);
            }
        }
        Map<String, AcceptedReturn> acceptedByCode = new LinkedHashMap<>();
        candidates.forEach((code, versions) -> {
            RegisteredSchool school = registry.byCode(code).orElseThrow();
            versions.sort(LATEST_FIRST);
            ReturnReading chosen = versions.get(0);
            outcomes.add(new ReturnOutcome(chosen, Optional.of(school), ReturnStatus.ACCEPTED));
            acceptedByCode.put(code, new AcceptedReturn(school, chosen.content().orElseThrow(), false));
            for (ReturnReading older : versions.subList(1, versions.size())) {
                Finding superseded = Finding.of(Rule.RETURN_SUPERSEDED, older.source(), "", chosen.source().name()).forSchool(code);
                outcomes.add(new ReturnOutcome(older.withFindings(List.of(superseded)), Optional.of(school), ReturnStatus.SUPERSEDED));
            }
        });
        carryOverRejected(registry, outcomes, acceptedByCode, brokenVersions);
        outcomes.sort(Comparator.comparing(o -> o.reading().source().name()));

        List<AcceptedReturn> accepted = new ArrayList<>();
        List<RegisteredSchool> missing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(reference.findings());
        Map<AcceptedReturn, Finding> faults = new LinkedHashMap<>();
        Map<FinanceField, BigDecimal> funding = new EnumMap<>(FinanceField.class);
        outcomes.forEach(o -> findings.addAll(o.reading().findings()));
        work.begin();
        List<RegisteredSchool> counted = registry.counted();
        for (int position = 0; position < counted.size(); position++) {
            RegisteredSchool school = counted.get(position);
            AcceptedReturn found = acceptedByCode.get(school.code());
            if (found != null) {
                accepted.add(found);
                List<Finding> own = new ArrayList<>();
                Optional<AcceptedReturn> whole = ownWork(found, own, funding, fault -> faults.put(found, fault));
                if (whole.isPresent()) {
                    findings.addAll(own);
                    work.accept(whole.get(), position);
                }
            } else {
                missing.add(school);
                findings.add(Finding.of(Rule.SCHOOL_MISSING, "", "", school.name(), school.code()).forSchool(school.code()));
            }
        }
        findings.addAll(crossChecks.cityStatistics(funding, reference.cityStatistics(), year));
        return new Attempt(new Consolidation(year, outcomes, accepted, registry.counted(), missing, findings), faults);
    }

    /**
     * Runs the work that concerns one accepted return alone on its whole content, collecting its
     * findings and adding its funding to the city's: the whole return when all of it passed, else
     * empty, and the fault it met, naming the stage, goes to {@code fault}.
     */
    private Optional<AcceptedReturn> ownWork(AcceptedReturn school, List<Finding> findings, Map<FinanceField, BigDecimal> funding,
                                             Consumer<Finding> fault) {
        AcceptedReturn whole;
        try {
            whole = work.whole(school);
        } catch (RuntimeException | StackOverflowError e) {
            fault.accept(FileFault.of(school.content().source(), FileStage.CONSOLIDATE, e).forSchool(school.school().code()));
            return Optional.empty();
        }
        List<SchoolCheck> checks = new ArrayList<>();
        checks.add(new SchoolCheck(FileStage.CONSOLIDATE, s -> findings.addAll(crossChecks.priorYear(s, prior))));
        checks.addAll(work.checks());
        for (SchoolCheck check : checks) {
            try {
                check.check().accept(whole);
            } catch (RuntimeException | StackOverflowError e) {
                fault.accept(FileFault.of(school.content().source(), check.stage(), e).forSchool(school.school().code()));
                return Optional.empty();
            }
        }
        for (FinanceField field : FinanceField.values()) {
            funding.merge(field, whole.content().finance().amount(field), BigDecimal::add);
        }
        return Optional.of(whole);
    }

    /** Findings of work on one reading; a fault in it is that reading's finding instead. */
    private static List<Finding> isolated(ReturnReading reading, java.util.function.Supplier<List<Finding>> work) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(FileFault.of(reading.source(), FileStage.CONSOLIDATE, e).forSchool(reading.schoolCode()));
        }
    }

    /**
     * A counted school whose return was rejected keeps its last accepted version, when there is one:
     * a rejected correction must not erase data the bureau already accepted.
     */
    private void carryOverRejected(Registry registry, List<ReturnOutcome> outcomes, Map<String, AcceptedReturn> acceptedByCode,
                                   Set<String> brokenVersions) {
        List<ReturnOutcome> rejected = outcomes.stream().filter(o -> o.status() == ReturnStatus.REJECTED && o.school().isPresent()).toList();
        for (ReturnOutcome outcome : rejected) {
            RegisteredSchool school = outcome.school().get();
            if (!school.counted() || acceptedByCode.containsKey(school.code()) || brokenVersions.contains(school.code())) {
                continue;
            }
            Optional<ReturnReading> previous;
            try {
                previous = versions.lastAccepted(year, school.code()).filter(r -> !r.hasErrors() && r.content().isPresent());
            } catch (RuntimeException e) {
                Finding fault = FileFault.of(outcome.reading().source(), FileStage.CONSOLIDATE, e).forSchool(school.code());
                outcomes.set(outcomes.indexOf(outcome), new ReturnOutcome(outcome.reading().withFindings(List.of(fault)), outcome.school(),
                        ReturnStatus.REJECTED));
                continue;
            }
            if (previous.isEmpty()) {
                continue;
            }
            ReturnReading kept = previous.get();
            Finding carried = Finding.of(Rule.LAST_ACCEPTED_USED, outcome.reading().source(), "", kept.source().name(),
                    kept.source().sha256().substring(0, 12), kept.source().receivedAt() == null ? "" : SHOWN_TIME.format(kept.source().receivedAt()))
                    .forSchool(school.code());
            outcomes.set(outcomes.indexOf(outcome), new ReturnOutcome(outcome.reading().withFindings(List.of(carried)), outcome.school(), ReturnStatus.REJECTED));
            outcomes.add(new ReturnOutcome(kept, Optional.of(school), ReturnStatus.CARRIED_OVER));
            acceptedByCode.put(school.code(), new AcceptedReturn(school, kept.content().get(), true));
        }
    }

    private static List<Finding> registryFindings(ReturnReading reading, Registry registry) {
        if (reading.content().isEmpty() || reading.schoolCode() == null || reading.schoolCode().isEmpty()) {
            return List.of();
        }
        SchoolReturn content = reading.content().get();
        String code = content.schoolCode();
        SourceFile file = reading.source();
        Optional<RegisteredSchool> school = registry.byCode(code);
        if (school.isEmpty()) {
            return List.of(Finding.of(Rule.SCHOOL_UNKNOWN, file, content.info().location(InfoField.SCHOOL_CODE), code).forSchool(code));
        }
        List<Finding> findings = new ArrayList<>();
        String name = content.schoolName();
        String where = content.info().location(InfoField.SCHOOL_NAME);
        if (name != null && !Labels.normalise(name).equals(Labels.normalise(school.get().name()))) {
            Optional<RegisteredSchool> named = registry.byName(name);
            if (named.isPresent() && named.get().code().equals(code)) {
                findings.add(Finding.of(Rule.SCHOOL_ALIAS, file, where, name, school.get().name()).forSchool(code));
            } else if (named.isPresent()) {
                findings.add(Finding.of(Rule.SCHOOL_NAME_OTHER_CODE, file, where, name, named.get().code(), code).forSchool(code));
            } else {
                findings.add(Finding.of(Rule.SCHOOL_NAME_DIFFERS, file, where, code, school.get().name(), name).forSchool(code));
            }
        }
        if (!school.get().counted()) {
            findings.add(Finding.of(Rule.SCHOOL_NOT_COUNTED, file, "", school.get().name()).forSchool(code));
        }
        return findings;
    }
}
