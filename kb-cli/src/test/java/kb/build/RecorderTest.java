package kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kb.model.build.BuildListener;
import org.junit.jupiter.api.Test;

class RecorderTest {
    @Test
    void theStagesCanBeReadWhileSavesStillFinish() {
        SiteBuild.Recorder record = new SiteBuild.Recorder(BuildListener.NONE);
        int stages = 200_000;
        CompletableFuture<Void> saves = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < stages; i++) {
                record.finished("save " + i, Duration.ofNanos(i));
            }
        });
        int reads = 0;
        while (!saves.isDone() || reads == 0) {
            Map<String, Duration> now = record.stages();
            assertThat(now.size()).isLessThanOrEqualTo(stages);
            reads++;
        }
        saves.join();
        List<String> names = new ArrayList<>(record.stages().keySet());
        assertThat(names).hasSize(stages).startsWith("save 0", "save 1").endsWith("save " + (stages - 1));
    }
}
