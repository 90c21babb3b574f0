package cn.vocstat.reconcile;

import cn.vocstat.model.ReturnReading;
import java.util.Optional;

/** Where the last accepted version of a school's return for a year is found again, read and checked. */
@FunctionalInterface
public interface AcceptedVersions {

    AcceptedVersions NONE = (year, schoolCode) -> Optional.empty();

    Optional<ReturnReading> lastAccepted(int year, String schoolCode);
}
