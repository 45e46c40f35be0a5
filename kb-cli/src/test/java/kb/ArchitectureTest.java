package kb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between kb's modules and packages, checked on the compiled product: modules point one way
 * (model → render, search → cli), no package cycles, internal packages stay inside their module, each library stays
 * in the module it belongs to, and only the command line exits or prints.
 */
class ArchitectureTest {
    private static JavaClasses kb;

    @BeforeAll
    static void importProduct() {
        // The product's classes: this module's and those of the module jars it depends on, but not the tests'.
        kb = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("kb-test-support"))
                .importPackages("kb");
        for (String c : new String[] {
            "kb.model.Article",
            "kb.model.parse.internal.Scanners",
            "kb.render.PagesOutput",
            "kb.search.KbIndex",
            "kb.build.SiteBuild",
            "kb.cli.Kb",
            "kb.server.KbServer"
        }) {
            if (!kb.contain(c)) {
                throw new AssertionError("the product's classes were not all found: no " + c);
            }
        }
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("kb.(**)").should().beFreeOfCycles().check(kb);
    }

    @Test
    void modulesPointOneWay() {
        noClasses()
                .that()
                .resideInAPackage("kb.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kb.render..", "kb.search..", "kb.cli..", "kb.build..", "kb.server..", "kb.links..")
                .check(kb);
        noClasses()
                .that()
                .resideInAPackage("kb.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kb.search..", "kb.cli..", "kb.build..", "kb.server..", "kb.links..")
                .check(kb);
        noClasses()
                .that()
                .resideInAPackage("kb.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kb.render..", "kb.cli..", "kb.build..", "kb.server..", "kb.links..")
                .check(kb);
        noClasses()
                .that()
                .resideInAnyPackage("kb.build..", "kb.server..", "kb.links..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kb.cli..")
                .check(kb);
    }

    @Test
    void internalPackagesAreUsedOnlyBesideThem() {
        noClasses()
                .that()
                .resideOutsideOfPackage("kb.model.parse..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kb.model.parse.internal..")
                .check(kb);
    }

    @Test
    void eachLibraryStaysInItsModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("kb.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(kb);
        noClasses()
                .that()
                .resideOutsideOfPackage("kb.render..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("freemarker..")
                .check(kb);
        noClasses()
                .that()
                .resideOutsideOfPackage("kb.model.parse.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.commonmark..")
                .check(kb);
        noClasses()
                .that()
                .resideOutsideOfPackages("kb.model.parse.internal..", "kb.cli.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.snakeyaml..")
                .check(kb);
        noClasses()
                .that()
                .resideOutsideOfPackages("kb.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(kb);
    }

    @Test
    void onlyTheCommandLineExitsOrPrints() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("kb.cli.Kb")
                .should()
                .callMethod(System.class, "exit", int.class)
                .check(kb);
        noClasses()
                .that()
                .resideOutsideOfPackage("kb.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(kb);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(kb);
    }
}
