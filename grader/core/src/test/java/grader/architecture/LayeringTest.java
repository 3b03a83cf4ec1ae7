package grader.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grader's layers, each using only those below it: the command line and the integrations, the batch, the
 * engine, the course (which assignments, their weights), the rubric with its assignments, the reports, the catalogs
 * of text and the points; the probe, which runs in the student's JVM, uses none of them. An assignment is a plug-in: no other assignment and nothing above the rubric names it.
 */
class LayeringTest {

    private static JavaClasses grader;

    @BeforeAll
    static void importMainClasses() {
        grader = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("grader");
        // an empty import would make every rule pass: the probe's classes and the core's must both be there
        assertThat(grader.containPackage("grader.probe.calls.squares")).isTrue();
        assertThat(grader.containPackage("grader.engine.run")).isTrue();
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("grader.cli..")
                .layer("integration").definedBy("grader.integration..")
                .layer("batch").definedBy("grader.batch..")
                .layer("engine").definedBy("grader.engine..")
                .layer("course").definedBy("grader.course..")
                .layer("rubric").definedBy("grader.rubric..")
                .layer("report").definedBy("grader.report..")
                .layer("text").definedBy("grader.text..")
                .layer("score").definedBy("grader.score..")
                .layer("probe").definedBy("grader.probe..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("integration").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("batch").mayOnlyBeAccessedByLayers("cli", "integration")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "integration", "batch")
                .whereLayer("course").mayOnlyBeAccessedByLayers("cli", "integration", "batch", "engine")
                .whereLayer("rubric").mayOnlyBeAccessedByLayers("cli", "integration", "batch", "engine", "course")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "integration", "batch", "engine", "course",
                        "rubric")
                .whereLayer("text").mayOnlyBeAccessedByLayers("cli", "integration", "batch", "engine", "course",
                        "rubric", "report")
                .whereLayer("score").mayOnlyBeAccessedByLayers("cli", "integration", "batch", "engine", "course",
                        "rubric", "report")
                .whereLayer("probe").mayOnlyBeAccessedByLayers("integration", "batch", "engine", "rubric")
                .check(grader);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("grader.(**)").should().beFreeOfCycles().check(grader);
    }

    @Test
    void noAssignmentNamesAnother() {
        slices().matching("grader.rubric.(*)..").should().notDependOnEachOther().check(grader);
        slices().matching("grader.probe.calls.(*)..").should().notDependOnEachOther().check(grader);
    }
}
