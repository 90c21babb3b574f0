package cn.vocstat.reconcile;

import cn.vocstat.rules.FileStage;
import java.util.function.Consumer;

/**
 * Work a later stage does on one accepted return (its own indicators, its database rows), run while
 * the year is reconciled: a fault in it fails that return alone, before any city figure counts it.
 */
public record SchoolCheck(FileStage stage, Consumer<AcceptedReturn> check) {
}
