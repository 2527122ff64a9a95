package dev.kiln.http.router.internal;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The annotation processor that writes the {@link RouteIndex}: every class compiled with it that
 * declares a method annotated {@code @Get}, {@code @Post}, {@code @Put}, {@code @Patch} or
 * {@code @Delete} goes into {@value RouteIndex#RESOURCE} of the compile's output, so that the router
 * need not scan for them at start-up. It runs by being on javac's processor path (with Maven, beside
 * Dagger's in {@code annotationProcessorPaths}).
 *
 * <p>A compile of some of the sources (an IDE's incremental build) keeps the entries of an index
 * already in the output for classes it did not compile and that still exist, and decides afresh for
 * the classes it compiled. It claims no annotation, so other processors see them all.
 */
public final class RouteIndexProcessor extends AbstractProcessor {

    private final Set<String> handlers = new TreeSet<>();
    private final Set<String> compiled = new HashSet<>();

    /** Creates the processor; javac does, through {@code META-INF/services}. */
    public RouteIndexProcessor() {
    }

    /** Every compile, also one without route annotations: its classes may have lost theirs. */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Elements elements = processingEnv.getElementUtils();
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                compiled.add(elements.getBinaryName(type).toString());
            }
        }
        for (Class<? extends Annotation> annotation : RouteMethod.ANNOTATIONS) {
            for (Element method : round.getElementsAnnotatedWith(annotation)) {
                if (method.getKind() == ElementKind.METHOD && method.getEnclosingElement() instanceof TypeElement type) {
                    handlers.add(elements.getBinaryName(type).toString());
                }
            }
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private void write() {
        Set<String> entries = new TreeSet<>(handlers);
        try {
            keepEarlierEntries(entries);
            FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", RouteIndex.RESOURCE);
            try (Writer out = index.openWriter()) {
                out.write(RouteIndex.HEADER + "\n");
                for (String name : entries) {
                    out.write(name + "\n");
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write the route index " + RouteIndex.RESOURCE + ": " + e.getMessage());
        }
    }

    /** The entries of an index already in the output, for classes not compiled now that still exist. */
    private void keepEarlierEntries(Set<String> entries) throws IOException {
        Elements elements = processingEnv.getElementUtils();
        FileObject earlier = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", RouteIndex.RESOURCE);
        try (Reader in = earlier.openReader(true); BufferedReader lines = new BufferedReader(in)) {
            if (!RouteIndex.HEADER.equals(lines.readLine())) {
                return;
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                int nested = name.indexOf('$');
                String topLevel = nested < 0 ? name : name.substring(0, nested);
                if (!name.isEmpty() && !compiled.contains(topLevel) && elements.getTypeElement(topLevel) != null) {
                    entries.add(name);
                }
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            // the first compile: no earlier index
        }
    }
}
