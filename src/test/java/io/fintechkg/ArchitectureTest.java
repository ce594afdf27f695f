package io.fintechkg;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies follow the pipeline: ingest → parse → extract → resolve → store → pipeline → graphql, cli on top; the
 * ontology lies beneath them all.
 */
@AnalyzeClasses(packages = "io.fintechkg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule stagesOnlyUseEarlierStages = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ontology").definedBy("io.fintechkg.ontology..")
            .layer("ingest").definedBy("io.fintechkg.ingest..")
            .layer("parse").definedBy("io.fintechkg.parse..")
            .layer("extract").definedBy("io.fintechkg.extract..")
            .layer("resolve").definedBy("io.fintechkg.resolve..")
            .layer("store").definedBy("io.fintechkg.store..")
            .layer("pipeline").definedBy("io.fintechkg.pipeline..")
            .layer("graphql").definedBy("io.fintechkg.graphql..")
            .layer("cli").definedBy("io.fintechkg.cli..")
            // every stage names the types, so the ontology may be used by all and may use none of them
            .whereLayer("ontology").mayNotAccessAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("graphql").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("graphql", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("pipeline", "graphql", "cli")
            .whereLayer("resolve").mayOnlyBeAccessedByLayers("store", "pipeline", "graphql", "cli")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("resolve", "store", "pipeline", "graphql", "cli")
            .whereLayer("parse").mayOnlyBeAccessedByLayers("extract", "resolve", "store", "pipeline", "graphql", "cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("parse", "extract", "resolve", "store", "pipeline",
                    "graphql", "cli");
}
