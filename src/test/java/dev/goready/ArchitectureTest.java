package dev.goready;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package map of the README's Development section, as rules over the compiled classes: a change
 * that breaks the shape fails here with the class and the dependency that broke it.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.goready");

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    slices().matching("dev.goready.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theRootPackageIsALeafEveryoneMayUse() {
    noClasses().that().resideInAPackage("dev.goready")
        .should().dependOnClassesThat().resideInAPackage("dev.goready.(*)..")
        .check(MAIN);
  }

  @Test
  void onlyTheCommandLineSeesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("dev.goready.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.goready.cli..")
        .orShould().dependOnClassesThat().resideInAPackage("picocli..")
        .check(MAIN);
  }

  @Test
  void verificationKnowsNothingOfReleasesInstallsOrTheAuditLog() {
    noClasses().that().resideInAPackage("dev.goready.verify..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.goready.install..", "dev.goready.audit..", "dev.goready.release..", "dev.goready.fetch..", "dev.goready.host..")
        .check(MAIN);
  }

  @Test
  void releasesAreAPureLibrary() {
    noClasses().that().resideInAPackage("dev.goready.release..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.goready.fetch..", "dev.goready.host..")
        .check(MAIN);
  }

  @Test
  void onlyTheHostTouchesProcessesTheRegistryAndTheRuntime() {
    noClasses().that().resideOutsideOfPackage("dev.goready.host..")
        .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(Process.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(ProcessHandle.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(Runtime.class.getName())
        .orShould().dependOnClassesThat().resideInAPackage("com.sun.jna..")
        .check(MAIN);
  }

  /** String constants are invisible to the dependency rules, so the class files' constant pools are read. */
  @Test
  void onlyTheHostNamesTheOsOrReadsProc() {
    List<String> offenders = new ArrayList<>();
    for (JavaClass type : MAIN) {
      if (type.getPackageName().startsWith("dev.goready.host")) {
        continue;
      }
      for (String constant : stringConstants(type)) {
        if (constant.equals("os.name") || constant.startsWith("/proc")) {
          offenders.add(type.getName() + " holds \"" + constant + "\"");
        }
      }
    }
    assertThat(offenders).as("ask Host instead").isEmpty();
  }

  @Test
  void theConstantPoolReaderSeesLiterals() {
    assertThat(stringConstants(MAIN.get(dev.goready.host.RealHost.class))).contains("os.name");
  }

  /** The UTF-8 entries of a class file's constant pool (JVMS 4.4), which hold its string literals. */
  private static List<String> stringConstants(JavaClass type) {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream raw = ArchitectureTest.class.getResourceAsStream(resource)) {
      DataInputStream in = new DataInputStream(raw);
      in.skipNBytes(8); // magic, minor and major version
      int count = in.readUnsignedShort();
      List<String> utf8 = new ArrayList<>();
      for (int index = 1; index < count; index++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
          case 15 -> in.skipNBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
          case 5, 6 -> {
            in.skipNBytes(8);
            index++; // longs and doubles take two slots
          }
          default -> throw new IllegalStateException(resource + ": unknown constant pool tag " + tag);
        }
      }
      return utf8;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
