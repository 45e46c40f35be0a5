package kb.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kb.model.io.Fingerprint;

/**
 * What identifies the code that makes pages: the same article and templates can give another page under another
 * version of kb (a character it now replaces, markup it now writes), so a site built by one version is made again in
 * full by the next. Known by the jar the classes came from (its size and time), or by the class files themselves when
 * they are not in a jar; 0 when neither can be read, and then only data and templates decide.
 */
final class RenderingCode {
    private static final long FINGERPRINT = read();

    private RenderingCode() {}

    static long fingerprint() {
        return FINGERPRINT;
    }

    private static long read() {
        try {
            var source = RenderingCode.class.getProtectionDomain().getCodeSource();
            return source == null ? 0 : of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return 0;
        }
    }

    /** The fingerprint of the code in a jar, or in a folder of classes. */
    static long of(Path where) {
        try {
            Fingerprint f = Fingerprint.start();
            if (Files.isRegularFile(where)) {
                return f.add(Files.size(where))
                        .add(Files.getLastModifiedTime(where).toMillis())
                        .value();
            }
            Path classes = where.resolve("kb/render");
            try (Stream<Path> files = Files.walk(classes)) {
                files.filter(p -> p.toString().endsWith(".class")).sorted().forEach(p -> {
                    try {
                        f.add(classes.relativize(p).toString())
                                .add(Files.size(p))
                                .add(Files.getLastModifiedTime(p).toMillis());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return f.value();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
