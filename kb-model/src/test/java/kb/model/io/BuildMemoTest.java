package kb.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildMemoTest {
    private final BuildMemo<String> first = BuildMemo.of("nothing built");
    private final BuildMemo<String> second = BuildMemo.of("nothing built");

    @Test
    void whatWasSavedIsPutBackWhateverBuildsRanBetween() {
        first.set("the site's corpus");
        second.set("the site's numbers");
        BuildMemo.Saved site = BuildMemo.save();

        BuildMemo.initial().restore();
        assertThat(first.get()).isEqualTo("nothing built");
        first.set("the sample's corpus");
        assertThat(second.getAndSet("the sample's numbers")).isEqualTo("nothing built");
        BuildMemo.Saved sample = BuildMemo.save();
        site.restore();

        assertThat(first.get()).isEqualTo("the site's corpus");
        assertThat(second.get()).isEqualTo("the site's numbers");
        sample.restore();
        assertThat(first.get()).isEqualTo("the sample's corpus");
        assertThat(second.get()).isEqualTo("the sample's numbers");
    }

    @Test
    void aMemoMadeAfterTheSaveGoesBackToWhatItFirstHeld() {
        BuildMemo.Saved before = BuildMemo.save();
        BuildMemo<Integer> later = BuildMemo.of(0);
        later.set(5);

        before.restore();

        assertThat(later.get()).isZero();
    }
}
