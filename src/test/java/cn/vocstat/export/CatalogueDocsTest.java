package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed docs are the catalogues' own output: regenerate them with {@code vocstat docs} after a change. */
class CatalogueDocsTest {

    @Test
    void theRuleListInTheDocsIsGeneratedFromTheCatalogue() throws IOException {
        assertEquals(CatalogueDocs.rules(), Files.readString(Path.of("docs", CatalogueDocs.RULES_FILE), StandardCharsets.UTF_8),
                "docs/rules.md is stale: run java -jar target/vocstat.jar docs");
    }

    @Test
    void theIndicatorListInTheDocsIsGeneratedFromTheCatalogue() throws IOException {
        assertEquals(CatalogueDocs.indicators(), Files.readString(Path.of("docs", CatalogueDocs.INDICATORS_FILE), StandardCharsets.UTF_8),
                "docs/indicators.md is stale: run java -jar target/vocstat.jar docs");
    }
}
