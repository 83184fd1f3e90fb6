package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.SupportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of fact files read as one set, and the file system's own failures. */
class FolderFactsTest {

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void folderMergesFactFilesSortedByName() throws IOException, BadFactsException {
        write(
                "b-baltics.json",
                "{\"allies\": [{\"id\": \"LTU\", \"name\": \"Lithuania\", \"region\": \"Europe-East\"}]}");
        write(
                "a-poland.yaml",
                "meta: {usSupportLevel: FULL}\nregions: [{id: Europe-East}]\n"
                        + "allies: [{id: POL, name: Poland, region: Europe-East}]\n");
        write(
                "c-nordics.YML",
                "regions: [{id: Europe-North}]\nallies: [{id: FIN, name: Finland, region: Europe-North}]\n");

        FactSet facts = FactReader.read(dir);

        assertThat(facts.meta().usSupportLevel()).isEqualTo(SupportLevel.FULL);
        assertThat(facts.regions())
                .containsExactly(new Region("Europe-East", null), new Region("Europe-North", null));
        assertThat(facts.allies()).extracting(Ally::id).containsExactly("POL", "LTU", "FIN");
    }

    @Test
    void folderIgnoresSubfoldersAndOtherFiles() throws IOException, BadFactsException {
        write("allies.yaml", "allies: [{id: POL, name: Poland, region: E}]\n");
        write("SOURCES.md", "# where the numbers come from\n");
        write("README", "not facts\n");
        write("old/allies.yaml", "allies: [{id: POL, name: Poland, region: E}]\n");

        assertThat(FactReader.read(dir).allies()).extracting(Ally::id).containsExactly("POL");
    }

    @Test
    void tiesAcrossFilesMayNameAlliesOfOtherFiles() throws IOException, BadFactsException {
        write(
                "a.yaml",
                "allies: [{id: POL, name: Poland, region: E, ties: [{partner: LTU, kind: COALITION, strength: 3}]}]\n");
        write("b.yaml", "allies: [{id: LTU, name: Lithuania, region: E}]\n");

        assertThat(FactReader.read(dir).ties()).hasSize(1);
    }

    @Test
    void twoFilesGivingMetaIsAnError() throws IOException {
        write("a.yaml", "meta: {title: One}\nallies: [{id: POL, name: Poland, region: E}]\n");
        write("b.yaml", "# the second\nmeta: {title: Two}\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/b.yaml:2:1: meta: meta is already given (first at "
                                + dir
                                + "/a.yaml:1)");
    }

    @Test
    void duplicateAllyIdAcrossFilesNamesTheFirstFile() throws IOException {
        write("a.yaml", "allies:\n  - {id: POL, name: Poland, region: E}\n");
        write("allies.csv", "id,name,region\nLTU,Lithuania,E\nPOL,Poland,E\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/allies.csv:3:1: allies[POL].id: duplicate ally id 'POL' "
                                + "(first at "
                                + dir
                                + "/a.yaml:2)");
    }

    @Test
    void duplicateRegionIdAcrossFilesNamesTheFirstFile() throws IOException {
        write(
                "a.yaml",
                "regions: [{id: Europe-East}]\nallies: [{id: POL, name: Poland, region: Europe-East}]\n");
        write("regions.csv", "id,emergingPowerActivity\nEurope-East,4\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/regions.csv:2:1: regions[Europe-East].id: "
                                + "duplicate region id 'Europe-East' (first at "
                                + dir
                                + "/a.yaml:1)");
    }

    @Test
    void regionsOfOneFileBindAlliesOfAnother() throws IOException {
        write("regions.csv", "id,emergingPowerActivity\nEurope-East,4\n");
        write("allies.yaml", "allies:\n  - {id: POL, name: Poland, region: Europe-Far}\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/allies.yaml:2:37: allies[POL].region: "
                                + "region 'Europe-Far' is not declared; declared: Europe-East");
    }

    @Test
    void problemsOfEveryFileAreReported() throws IOException {
        write("a.yaml", "allies:\n  - {id: POL, name: Poland, region: E, threat: {level: 9}}\n");
        write("b.json", "{\"allies\": [");
        write("c.yml", "");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir + "/a.yaml:2:56: allies[POL].threat.level: 9 is out of range 1..5",
                        dir
                                + "/b.json:1:13: syntax: Unexpected end-of-input: expected close marker for Array "
                                + "(start marker at line 1, column 12)",
                        dir + "/c.yml: empty fact file");
    }

    @Test
    void folderWithoutFactFilesIsAnError() throws IOException {
        write("SOURCES.md", "nothing here\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + ": no fact file in the folder; expected .yaml, .yml, .json or .csv files");
    }

    @Test
    void missingPathIsAnError() {
        assertThat(Bad.problems(dir.resolve("nope.yaml")))
                .containsExactly(dir + "/nope.yaml: no such file or directory");
    }

    @Test
    void fileWithUnsupportedExtensionIsAnError() throws IOException {
        Path file = write("facts.txt", "allies: []\n");

        assertThat(Bad.problems(file))
                .containsExactly(
                        dir
                                + "/facts.txt: unsupported fact file type; use .yaml, .yml, .json or .csv");
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws IOException {
        Path file = dir.resolve("allies.csv");
        Files.write(
                file,
                "id,name,region\nCIV,C\u00f4te d'Ivoire,Africa-West\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Bad.problems(file))
                .containsExactly(
                        dir
                                + "/allies.csv:2:6: this byte is not UTF-8 text; save the file as UTF-8");
    }
}
