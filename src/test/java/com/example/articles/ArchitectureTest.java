package com.example.articles;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule: the core (contracts, extraction, block dedupe, fingerprints,
 * cross-event dedupe decisions) is plain Java and Jsoup; Spring and Kafka stay in the
 * adapters.
 */
@AnalyzeClasses(packages = "com.example.articles", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] CORE = { "..contract..", "..extract..", "..text..", "..blocks..", "..sanitize..",
			"..url..", "..fingerprint..", "..normalize..", "..dedupe.." };

	@ArchTest
	static final ArchRule coreUsesNoSpringAndNoKafka = noClasses().that()
		.resideInAnyPackage(CORE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.slf4j..", "io.micrometer..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule coreDoesNotReachIntoAdapters = noClasses().that()
		.resideInAnyPackage(CORE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..pipeline..", "..config..", "..cli..", "..web..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule batchCliAndWebSeeOnlyTheCore = noClasses().that()
		.resideInAnyPackage("..cli..", "..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..pipeline..", "org.apache.kafka..")
		.allowEmptyShould(true);

}
