package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import kb.cli.build.BuildCommand;
import kb.cli.links.LinkChecker;
import kb.model.corpus.CorpusLoader;
import kb.render.SiteConfig;
import kb.testing.ArchiveCorpus;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The whole public archive built into a site: every article has its page and no internal link is broken. */
class CorpusSiteIT {

    @Test
    void wholeArchiveBuildsWithNoBrokenLink() throws Exception {
        Optional<Path> corpus = ArchiveCorpus.directory();
        assumeTrue(corpus.isPresent(), "set -Dkb.corpus to the archive to build its site");
        Path site = ProjectFiles.target("corpus-it").resolve("site");

        var report = BuildCommand.build(corpus.get().resolve("txt"), site, SiteConfig.defaults(), true);

        assertThat(report.articles()).isEqualTo(56_989);
        assertThat(site.resolve("kb/256/Q256211/index.html")).exists();
        assertThat(site.resolve("kb/010/Q10022/index.html")).exists();
        assertThat(site.resolve("kb/042/Q42019/index.html")).exists();
        assertThat(site.resolve("id/sms/index.html")).exists();
        LinkChecker.Report links = LinkChecker.check(site, CorpusLoader.Progress.NONE);
        assertThat(links.pages()).isGreaterThan(57_000);
        assertThat(links.broken()).isEmpty();
    }
}
