import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged Kiln release in a Maven repository layout (the Central bundle that
 * {@code scripts/release-dry-run} unpacks) against what Maven Central requires, prints one line per
 * artifact file, and exits 1 when anything is missing or wrong.
 *
 * <p>Per file: present and not empty, a {@code .asc} signature that {@code gpg --verify} accepts (with
 * the keyring in {@code GNUPGHOME}), {@code .sha1} and {@code .md5} checksums that match (and the
 * {@code .sha256}/{@code .sha512} ones when present). Per pom: the
 * fields Central rejects a release without (name, description, url, license, developer, scm; taken
 * from the parent pom when inherited, as Central does) plus issue management, and a release version.
 * Per jar: a {@code module-info.class} whose exports are API packages only (no {@code internal}
 * package, no qualified export), one timestamp on every entry (a reproducible build); the sources jar
 * has a {@code package-info.java} for every exported package; the javadoc jar an {@code index.html}. The BOM has no parent and manages the
 * three library modules. No other {@code dev.kiln} artifact may be staged (examples and benchmarks
 * are not published).
 *
 * <p>Usage: {@code java CheckStagedRelease.java [--signatures|--no-signatures] <repository-dir> <version>};
 * needs {@code gpg} on the PATH unless {@code --no-signatures} (then no signature is checked, loudly).
 */
public final class CheckStagedRelease {

    private static final String GROUP_PATH = "dev/kiln";
    private static final List<String> LIBRARIES = List.of("http-core", "http-router", "http-tls");
    private static final List<String> POM_ONLY = List.of("kiln-parent", "kiln-bom");

    private final Path repository;
    private final String version;
    private final boolean signatures;
    private final List<String> failures = new ArrayList<>();
    private int files;

    private CheckStagedRelease(Path repository, String version, boolean signatures) {
        this.repository = repository;
        this.version = version;
        this.signatures = signatures;
    }

    /**
     * Runs the check.
     *
     * @param args the repository directory and the release version
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>(List.of(args));
        boolean signatures = !positional.remove("--no-signatures");
        positional.remove("--signatures");
        if (positional.size() != 2) {
            System.err.println("usage: java CheckStagedRelease.java [--signatures|--no-signatures] <repository-dir> <version>");
            System.exit(2);
        }
        CheckStagedRelease check = new CheckStagedRelease(Path.of(positional.get(0)), positional.get(1), signatures);
        check.run();
        if (check.failures.isEmpty()) {
            System.out.println("release-dry-run: OK: " + check.files + " artifact files of "
                    + (LIBRARIES.size() + POM_ONLY.size()) + " modules "
                    + (signatures ? "signed, " : "(SIGNATURES NOT CHECKED: no gpg) ") + "checksummed and complete");
        } else {
            System.out.println("release-dry-run: FAILED: " + check.failures.size() + " problem(s):");
            check.failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
    }

    private void run() throws Exception {
        if (version.endsWith("-SNAPSHOT")) {
            failures.add("version " + version + " is a SNAPSHOT: Central takes release versions only");
        }
        checkNothingElseStaged();
        for (String module : POM_ONLY) {
            checkFile(module, ".pom");
        }
        for (String module : LIBRARIES) {
            checkFile(module, ".pom");
            checkFile(module, ".jar");
            checkFile(module, "-sources.jar");
            checkFile(module, "-javadoc.jar");
        }
    }

    private void checkNothingElseStaged() throws IOException {
        Path group = repository.resolve(GROUP_PATH);
        if (!Files.isDirectory(group)) {
            failures.add("nothing staged under " + group);
            return;
        }
        Set<String> expected = new TreeSet<>(LIBRARIES);
        expected.addAll(POM_ONLY);
        try (Stream<Path> staged = Files.list(group)) {
            staged.map(p -> p.getFileName().toString())
                    .filter(name -> !expected.contains(name))
                    .forEach(name -> failures.add("dev.kiln:" + name + " is staged but must not be published"));
        }
    }

    private void checkFile(String module, String suffix) throws Exception {
        files++;
        String name = module + "-" + version + suffix;
        Path file = repository.resolve(GROUP_PATH).resolve(module).resolve(version).resolve(name);
        String shown = GROUP_PATH + "/" + module + "/" + version + "/" + name;
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            report(shown, List.of("missing"), notes);
            return;
        }
        if (Files.size(file) == 0) {
            problems.add("empty");
        }
        if (signatures) {
            checkSignature(file, problems, notes);
        }
        List<String> sums = new ArrayList<>();
        checkChecksum(file, "md5", "MD5", true, problems, sums);
        checkChecksum(file, "sha1", "SHA-1", true, problems, sums);
        checkChecksum(file, "sha256", "SHA-256", false, problems, sums);
        checkChecksum(file, "sha512", "SHA-512", false, problems, sums);
        notes.add(String.join("/", sums));
        if (suffix.equals(".pom")) {
            checkPom(module, file, problems, notes);
        } else if (suffix.equals(".jar")) {
            checkJar(file, "module-info.class", problems, notes);
            checkModule(file, problems, notes);
        } else if (suffix.equals("-sources.jar")) {
            checkJar(file, "module-info.java", problems, notes);
            checkPackageInfos(file, Path.of(file.toString().replace("-sources.jar", ".jar")), problems, notes);
        } else if (suffix.equals("-javadoc.jar")) {
            checkJar(file, "index.html", problems, notes);
        }
        report(shown, problems, notes);
    }

    private void report(String shown, List<String> problems, List<String> notes) {
        if (problems.isEmpty()) {
            System.out.printf("ok    %-62s %s%n", shown, String.join(", ", notes));
        } else {
            System.out.printf("FAIL  %-62s %s%n", shown, String.join("; ", problems));
            problems.forEach(p -> failures.add(shown + ": " + p));
        }
    }

    private static void checkSignature(Path file, List<String> problems, List<String> notes)
            throws IOException, InterruptedException {
        Path asc = Path.of(file + ".asc");
        if (!Files.isRegularFile(asc)) {
            problems.add("no .asc signature");
            return;
        }
        Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(gpg.getInputStream().readAllBytes());
        if (!gpg.waitFor(60, TimeUnit.SECONDS) || gpg.exitValue() != 0) {
            String[] lines = output.strip().split("\n");
            problems.add("gpg --verify rejects the .asc (" + lines[lines.length - 1].replace("gpg: ", "").strip() + ")");
        } else {
            notes.add("signed");
        }
    }

    private static void checkChecksum(Path file, String extension, String algorithm, boolean required,
            List<String> problems, List<String> notes) throws IOException, NoSuchAlgorithmException {
        Path sum = Path.of(file + "." + extension);
        if (!Files.isRegularFile(sum)) {
            if (required) {
                problems.add("no ." + extension + " checksum");
            }
            return;
        }
        String expected = Files.readString(sum).strip().split("\\s+")[0].toLowerCase();
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
        if (!expected.equals(actual)) {
            problems.add("." + extension + " does not match the file");
        } else {
            notes.add(extension);
        }
    }

    private static void checkJar(Path file, String mustContain, List<String> problems, List<String> notes)
            throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(mustContain) == null) {
                problems.add("has no " + mustContain);
            } else {
                notes.add(mustContain);
            }
            Set<Long> times = new TreeSet<>();
            zip.stream().map(ZipEntry::getTime).forEach(times::add);
            if (times.size() > 1) {
                problems.add("entries have " + times.size()
                        + " different timestamps: project.build.outputTimestamp is not applied");
            } else {
                notes.add("reproducible");
            }
        }
    }

    /** The module's exports: API packages only, never an {@code internal} one. */
    private static void checkModule(Path jar, List<String> problems, List<String> notes) throws IOException {
        ModuleDescriptor descriptor = descriptor(jar);
        if (descriptor == null) {
            return;
        }
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            exported.add(exports.source());
            if (exports.source().contains(".internal")) {
                problems.add("module " + descriptor.name() + " exports internal package " + exports.source());
            }
            if (exports.isQualified()) {
                problems.add("module " + descriptor.name() + " exports " + exports.source() + " only to "
                        + exports.targets());
            }
        }
        if (exported.isEmpty()) {
            problems.add("module " + descriptor.name() + " exports nothing");
        }
        notes.add("module " + descriptor.name() + " exports " + exported);
    }

    /** Every exported package documented: a package-info.java in the sources jar. */
    private static void checkPackageInfos(Path sources, Path jar, List<String> problems, List<String> notes)
            throws IOException {
        ModuleDescriptor descriptor = Files.isRegularFile(jar) ? descriptor(jar) : null;
        if (descriptor == null) {
            return;
        }
        try (ZipFile zip = new ZipFile(sources.toFile())) {
            List<String> missing = new ArrayList<>();
            for (ModuleDescriptor.Exports exports : descriptor.exports()) {
                if (zip.getEntry(exports.source().replace('.', '/') + "/package-info.java") == null) {
                    missing.add(exports.source());
                }
            }
            if (missing.isEmpty()) {
                notes.add("package-info.java for each export");
            } else {
                problems.add("no package-info.java for exported package(s) " + missing);
            }
        }
    }

    private static ModuleDescriptor descriptor(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("module-info.class");
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return ModuleDescriptor.read(in);
            }
        }
    }

    private void checkPom(String module, Path file, List<String> problems, List<String> notes) throws Exception {
        Element pom = parse(file);
        Element parent = child(pom, "parent");
        Element parentPom = null;
        if (parent != null) {
            String parentId = text(parent, "artifactId");
            Path parentFile = repository.resolve(GROUP_PATH).resolve(parentId).resolve(text(parent, "version"))
                    .resolve(parentId + "-" + text(parent, "version") + ".pom");
            if (!Files.isRegularFile(parentFile)) {
                problems.add("its parent " + parentId + ":" + text(parent, "version") + " is not staged");
            } else {
                parentPom = parse(parentFile);
            }
        }
        String groupId = inherited(pom, parent, "groupId");
        String pomVersion = inherited(pom, parent, "version");
        if (!"dev.kiln".equals(groupId) || !module.equals(text(pom, "artifactId")) || !version.equals(pomVersion)) {
            problems.add("coordinates are " + groupId + ":" + text(pom, "artifactId") + ":" + pomVersion);
        }
        // What Central requires (name and description must be the module's own; the rest may be inherited).
        require(problems, "name", text(pom, "name"));
        require(problems, "description", text(pom, "description"));
        require(problems, "url", field(pom, parentPom, "url"));
        require(problems, "licenses/license/name", field(pom, parentPom, "licenses", "license", "name"));
        require(problems, "developers/developer/name", field(pom, parentPom, "developers", "developer", "name"));
        require(problems, "scm/url", field(pom, parentPom, "scm", "url"));
        require(problems, "scm/connection", field(pom, parentPom, "scm", "connection"));
        require(problems, "issueManagement/url", field(pom, parentPom, "issueManagement", "url"));
        String license = field(pom, parentPom, "licenses", "license", "name");
        if (license != null && !license.equals("Apache-2.0")) {
            problems.add("license is " + license + ", expected Apache-2.0");
        }
        if (module.equals("kiln-bom")) {
            checkBom(pom, problems, notes);
        }
        if (problems.isEmpty()) {
            notes.add("Central's fields (" + license + ")");
        }
    }

    private void checkBom(Element pom, List<String> problems, List<String> notes) {
        if (child(pom, "parent") != null) {
            problems.add("the BOM has a parent: importing it would also pin Kiln's own third-party versions");
        }
        Set<String> managed = new TreeSet<>();
        Element management = child(pom, "dependencyManagement");
        Element dependencies = management == null ? null : child(management, "dependencies");
        if (dependencies != null) {
            for (Node n = dependencies.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element dependency) {
                    String depVersion = text(dependency, "version");
                    if (!version.equals(depVersion) && !"${project.version}".equals(depVersion)) {
                        problems.add("the BOM pins " + text(dependency, "artifactId") + " at " + depVersion);
                    }
                    managed.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        LIBRARIES.forEach(l -> expected.add("dev.kiln:" + l));
        if (!managed.equals(expected)) {
            problems.add("the BOM manages " + managed + ", expected exactly " + expected);
        } else {
            notes.add("BOM pins " + LIBRARIES);
        }
    }

    private static void require(List<String> problems, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add("no " + what);
        } else if (value.contains("${")) {
            problems.add(what + " has an unresolved property: " + value);
        }
    }

    private static String inherited(Element pom, Element parent, String name) {
        String own = text(pom, name);
        return own != null || parent == null ? own : text(parent, name);
    }

    private static String field(Element pom, Element parentPom, String... path) {
        String own = path(pom, path);
        return own != null || parentPom == null ? own : path(parentPom, path);
    }

    private static String path(Element element, String... path) {
        Element current = element;
        for (int i = 0; i < path.length - 1 && current != null; i++) {
            current = child(current, path[i]);
        }
        return current == null ? null : text(current, path[path.length - 1]);
    }

    private static Element parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        }
    }

    private static Element child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element element, String name) {
        Element child = child(element, name);
        return child == null ? null : child.getTextContent().strip();
    }
}
