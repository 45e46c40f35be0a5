package kb.build;

import kb.model.io.StateMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The same changes as {@link PagePlanTest}, built as {@code kb serve} builds: in one process that keeps what each build
 * leaves (the pages' fingerprints, the groups of articles, the related articles) for the next one to update, rather
 * than reading it back.
 */
class PagePlanInMemoryTest extends PagePlanTest {
    @BeforeEach
    @Override
    void firstBuild() throws Exception {
        StateMemory.keepFromNowOn();
        super.firstBuild();
    }

    @AfterEach
    void forget() {
        StateMemory.keepNothing();
    }
}
