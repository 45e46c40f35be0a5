package kb.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the system's Chromium and its driver are (Debian's {@code chromium} and {@code chromium-driver}); the switches
 * that start it headless are {@code kb.eval.WebDriverSession}'s, which {@code kb eval --static} starts it with.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of(System.getProperty("kb.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("kb.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }
}
