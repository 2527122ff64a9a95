package dev.kiln.http.router.internal;

import dev.kiln.http.router.Controller;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The annotation processor that writes the {@link RouteIndex}: every class compiled with it that
 * declares a method annotated {@code @Get}, {@code @Post}, {@code @Put}, {@code @Patch} or
 * {@code @Delete} goes into {@value RouteIndex#RESOURCE} of the compile's output, with its
 * {@code @Controller} prefix and each route method's route and binding annotations, so that the
 * router need neither scan for them nor read annotations by reflection at start-up. It runs by being on javac's processor path (with Maven, beside
 * Dagger's in {@code annotationProcessorPaths}).
 *
 * <p>A compile of some of the sources (an IDE's incremental build) keeps the entries of an index
 * already in the output for classes it did not compile and that still exist, and decides afresh for
 * the classes it compiled. It claims no annotation, so other processors see them all.
 */
public final class RouteIndexProcessor extends AbstractProcessor {

    /** By binary class name: the class's lines of the index. */
    private final Map<String, List<String>> handlers = new TreeMap<>();
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
                    handlers.computeIfAbsent(elements.getBinaryName(type).toString(), name -> lines(name, type));
                }
            }
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    /** A handler class's lines: its {@code class} line, then its route methods' {@code route} and {@code bind} lines. */
    private List<String> lines(String name, TypeElement type) {
        Controller controller = type.getAnnotation(Controller.class);
        List<String> lines = new ArrayList<>();
        lines.add(RouteIndex.line(List.of(RouteIndex.CLASS, name, controller == null ? "" : controller.value())));
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            List<RouteMethod> routes = RouteMethod.of(method::getAnnotation);
            if (routes.isEmpty()) {
                continue;
            }
            String key = method.getSimpleName() + descriptor(method);
            for (RouteMethod route : routes) {
                lines.add(RouteIndex.line(List.of(RouteIndex.ROUTE, key, route.annotation().substring(1), route.path(),
                        route.produces(), Long.toString(route.maxBodySize()))));
            }
            List<String> bind = new ArrayList<>();
            bind.add(RouteIndex.BIND);
            bind.add(key);
            for (VariableElement parameter : method.getParameters()) {
                bind.add(bindingField(parameter));
            }
            lines.add(RouteIndex.line(bind));
        }
        return lines;
    }

    private static String bindingField(VariableElement parameter) {
        ParameterBinding binding = ParameterBinding.NONE;
        for (Class<? extends Annotation> kind : ParameterBinding.ANNOTATIONS) {
            Annotation annotation = parameter.getAnnotation(kind);
            if (annotation == null) {
                continue;
            }
            if (binding != ParameterBinding.NONE) {
                return RouteIndex.AMBIGUOUS;
            }
            binding = ParameterBinding.of(annotation);
        }
        return RouteIndex.bindingField(binding);
    }

    /** The method's JVM descriptor, e.g. {@code (JLjava/lang/String;)V}. */
    private String descriptor(ExecutableElement method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (VariableElement parameter : method.getParameters()) {
            appendDescriptor(parameter.asType(), descriptor);
        }
        appendDescriptor(method.getReturnType(), descriptor.append(')'));
        return descriptor.toString();
    }

    private void appendDescriptor(TypeMirror type, StringBuilder descriptor) {
        TypeMirror erased = processingEnv.getTypeUtils().erasure(type);
        switch (erased.getKind()) {
            case BOOLEAN -> descriptor.append('Z');
            case BYTE -> descriptor.append('B');
            case CHAR -> descriptor.append('C');
            case SHORT -> descriptor.append('S');
            case INT -> descriptor.append('I');
            case LONG -> descriptor.append('J');
            case FLOAT -> descriptor.append('F');
            case DOUBLE -> descriptor.append('D');
            case VOID -> descriptor.append('V');
            case ARRAY -> appendDescriptor(((ArrayType) erased).getComponentType(), descriptor.append('['));
            case DECLARED -> descriptor.append('L')
                    .append(processingEnv.getElementUtils().getBinaryName((TypeElement) ((DeclaredType) erased).asElement()).toString().replace('.', '/'))
                    .append(';');
            // an unresolvable type: javac reports it; this entry can then match no method, and the
            // router scans instead of trusting the index
            default -> descriptor.append('?');
        }
    }

    private void write() {
        Map<String, List<String>> entries = new TreeMap<>(handlers);
        try {
            keepEarlierEntries(entries);
            FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", RouteIndex.RESOURCE);
            try (Writer out = index.openWriter()) {
                out.write(RouteIndex.HEADER + "\n");
                for (List<String> lines : entries.values()) {
                    for (String line : lines) {
                        out.write(line + "\n");
                    }
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write the route index " + RouteIndex.RESOURCE + ": " + e.getMessage());
        }
    }

    /** The entries of an index already in the output, for classes not compiled now that still exist. */
    private void keepEarlierEntries(Map<String, List<String>> entries) throws IOException {
        Elements elements = processingEnv.getElementUtils();
        FileObject earlier = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", RouteIndex.RESOURCE);
        try (Reader in = earlier.openReader(true); BufferedReader lines = new BufferedReader(in)) {
            if (!RouteIndex.HEADER.equals(lines.readLine())) {
                return;
            }
            List<String> kept = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(RouteIndex.CLASS + "\t")) {
                    String name = RouteIndex.fields(line)[1];
                    int nested = name.indexOf('$');
                    String topLevel = nested < 0 ? name : name.substring(0, nested);
                    boolean keep = !compiled.contains(topLevel) && elements.getTypeElement(topLevel) != null;
                    kept = keep ? new ArrayList<>() : null;
                    if (keep) {
                        entries.putIfAbsent(name, kept);
                    }
                }
                if (kept != null) {
                    kept.add(line);
                }
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            // the first compile: no earlier index
        } catch (IllegalArgumentException e) {
            // a damaged earlier index: this compile's entries only
        }
    }
}
