package kb.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Collects the heap of a long-running {@code kb serve} while the author reads the page a build just reloaded, so that
 * the collector's concurrent marking of what the server keeps (the corpus, the indexes, the pages' fingerprints: about
 * a gigabyte for 57,000 articles) runs between builds rather than during the next one, where it takes one of the
 * machine's processors from it.
 *
 * <p>Only when the JVM runs an explicit collection concurrently ({@code -XX:+ExplicitGCInvokesConcurrent}, which the
 * {@code kb} script gives {@code kb serve}): otherwise it would stop the server for a full collection, and nothing is
 * asked.
 */
final class IdleCollector {
    private final boolean concurrent;

    private IdleCollector(boolean concurrent) {
        this.concurrent = concurrent;
    }

    /** A collector that asks only if the JVM collects concurrently when asked. */
    static IdleCollector of() {
        boolean concurrent;
        try {
            concurrent = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("ExplicitGCInvokesConcurrent")
                    .getValue());
        } catch (RuntimeException e) {
            // Another JVM, without HotSpot's options: it is not asked.
            concurrent = false;
        }
        return new IdleCollector(concurrent);
    }

    /** Starts a concurrent collection on a thread of its own, when this JVM runs one as asked. */
    void afterBuild() {
        if (concurrent) {
            Thread.ofPlatform().daemon().name("kb-idle-collection").start(System::gc);
        }
    }
}
