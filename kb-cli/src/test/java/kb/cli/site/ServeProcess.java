package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.cli.KbProcess;

/**
 * {@code kb serve} in its own process, started in a folder as a terminal would start it, its output echoed and kept.
 */
final class ServeProcess {
    private static final Pattern SERVING = Pattern.compile("Serving .* at (http://\\S+/) ");

    private final Process process;
    private final Thread reader;
    private final String url;
    private final List<String> lines;

    private ServeProcess(Process process, Thread reader, String url, List<String> lines) {
        this.process = process;
        this.reader = reader;
        this.url = url;
        this.lines = lines;
    }

    /** Starts {@code kb serve CONTENT --out SITE --port 0} in a folder and returns once it serves. */
    static ServeProcess start(Path folder, String content, String site) throws IOException, InterruptedException {
        Process process = KbProcess.of("serve", content, "--out", site, "--port", "0")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<String> address = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("kb serve: " + line);
                    lines.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        address.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        String url = address.poll(120, TimeUnit.SECONDS);
        if (url == null) {
            process.destroyForcibly();
        }
        assertThat(url).as("kb serve started").isNotNull();
        return new ServeProcess(process, reader, url, lines);
    }

    /** The site's address. */
    String url() {
        return url;
    }

    /** What it printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Asks it to stop, as Ctrl-C or a service manager does (SIGTERM), and waits until it has and its output is read. */
    void stop() throws InterruptedException {
        // Through its handle: Process.destroy() also closes the pipes, and what the process prints as it stops is lost.
        process.toHandle().destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        reader.join(Duration.ofSeconds(10));
    }
}
