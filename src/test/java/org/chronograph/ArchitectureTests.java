package org.chronograph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: ingest → nlp → extract → graph → timeline; cli wires them; model holds records. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.chronograph");

    @Test
    void extractNeverTouchesTheGraph() {
        noClasses().that().resideInAPackage("..extract..")
                .should().dependOnClassesThat().resideInAnyPackage("..graph..", "..timeline..", "..cli..", "org.neo4j..")
                .check(classes);
    }

    @Test
    void modelDependsOnNoStage() {
        noClasses().that().resideInAPackage("org.chronograph.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chronograph.ingest..", "org.chronograph.nlp..",
                        "org.chronograph.extract..", "org.chronograph.graph..", "org.chronograph.timeline..",
                        "org.chronograph.cli..", "edu.stanford..", "org.neo4j..")
                .check(classes);
    }

    @Test
    void stagesDoNotReachBackwards() {
        noClasses().that().resideInAnyPackage("org.chronograph.ingest..", "org.chronograph.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chronograph.extract..", "org.chronograph.graph..",
                        "org.chronograph.timeline..", "org.chronograph.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.chronograph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chronograph.timeline..", "org.chronograph.cli..",
                        "org.chronograph.extract..", "edu.stanford..")
                .check(classes);
    }
}
