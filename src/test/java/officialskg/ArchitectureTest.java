package officialskg;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Enforces the package order of docs/architecture.md: a package may use only the packages to its right
 * ({@code cli → server → pipeline → store → rdf → resolve → extract → nlp → article}; {@code vocab} is a leaf any
 * package may use), and each third-party library stays in the rooms that own it.
 */
class ArchitectureTest {

    /** Left to right. {@code cli} may start the server ({@code kg serve}); the server never calls the CLI. */
    static final List<String> ORDER =
            List.of("cli", "server", "pipeline", "store", "rdf", "resolve", "extract", "nlp", "article");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("officialskg");
    }

    @Test
    void everyPackageIsKnown() {
        assertFalse(classes.isEmpty());
        for (var c : classes) {
            String rest = c.getPackageName().substring("officialskg".length());
            String room = rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
            if (!ORDER.contains(room) && !room.equals("vocab")) {
                throw new AssertionError(c.getName() + " lives outside the rooms of docs/architecture.md");
            }
        }
    }

    @Test
    void packagesUseOnlyPackagesToTheirRight() {
        for (int i = 1; i < ORDER.size(); i++) {
            String[] left = ORDER.subList(0, i).stream().map(p -> "officialskg." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("officialskg." + ORDER.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(left)
                    .because(ORDER.get(i) + " may use only the packages to its right")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /**
     * No package cycles at any depth: a package and each of its sub-packages ({@code extract} and
     * {@code extract.title}, {@code server} and {@code server.web}) are slices of their own, so a parent may use its
     * sub-packages or they it, never both. Here the sub-packages use the parent: {@code extract} holds what every
     * extractor shares (Mention, Document, MentionExtractor, Word, Josa), {@code server} what both servers share
     * (settings, credentials, headers), and what assembles the parts is a sub-package of its own
     * ({@code extract.engine}, {@code server.boot}).
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("officialskg.(**)")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * The rooms that read Korean use the {@code nlp.KoreanAnalyzer} interface; which analyzer runs (Nori) is chosen
     * only where the stages are put together.
     */
    @Test
    void onlyTheAssemblersChooseNori() {
        noClasses().that().resideOutsideOfPackages("officialskg.nlp.nori..", "officialskg.pipeline..",
                        "officialskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("officialskg.nlp.nori..")
                .because("extract and the rooms below pipeline depend on KoreanAnalyzer, not on its Nori implementation")
                .check(classes);
    }

    @Test
    void vocabIsALeaf() {
        String[] rooms = ORDER.stream().map(p -> "officialskg." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("officialskg.vocab..")
                .should().dependOnClassesThat().resideInAnyPackage(rooms)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void librariesStayInTheirRooms() {
        noClasses().that().resideOutsideOfPackages("officialskg.nlp..", "officialskg.server..", "officialskg.store..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("Lucene is the nlp room's (and the full-text index's)")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("officialskg.article..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .because("HTML is read only in the article room")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("officialskg.server..", "officialskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("Spring is the server's")
                .check(classes);
        noClasses().that().resideInAnyPackage("officialskg.article..", "officialskg.nlp..", "officialskg.extract..",
                        "officialskg.resolve..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .because("RDF starts at the rdf room")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("officialskg.store..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.rdf4j..")
                .because("RDF4J Rio writes exports in the store room")
                .check(classes);
    }
}
