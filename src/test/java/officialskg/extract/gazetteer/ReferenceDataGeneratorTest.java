package officialskg.extract.gazetteer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReferenceDataGeneratorTest {

    private static final Path DATA = Path.of("../shared/data");
    private static final Path RESOURCES = Path.of("src/main/resources/officialskg/extract/gazetteer");

    @Test
    void committedAdministrativeUnitsEqualTheGeneratedOnes() throws IOException {
        Path source = DATA.resolve("kostat-2018-admin-units.tsv");
        assumeTrue(Files.exists(source), "shared data absent");
        String generated = ReferenceDataGenerator.adminUnits(Files.readAllLines(source, StandardCharsets.UTF_8));
        assertEquals(generated, Files.readString(RESOURCES.resolve("admin-kr.tsv")));
    }

    @Test
    void committedAssemblyMembersEqualTheGeneratedOnes() throws IOException {
        Path source = DATA.resolve("assembly-20-wikidata.csv");
        assumeTrue(Files.exists(source), "shared data absent");
        String generated = ReferenceDataGenerator.assembly(Files.readAllLines(source, StandardCharsets.UTF_8));
        assertEquals(generated, Files.readString(RESOURCES.resolve("assembly-20.tsv")));
    }
}
