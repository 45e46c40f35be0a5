package kb.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the system's Chromium and its driver are (Debian's {@code chromium} and {@code chromium-driver}), and the
 * switches that let it start headless on a machine with a closed network.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of(System.getProperty("kb.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("kb.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** Command-line switches for a headless run with a fresh profile in {@code profile}. */
    public static String[] switches(Path profile) {
        return new String[] {
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--user-data-dir=" + profile,
            "--window-size=1280,900"
        };
    }
}
