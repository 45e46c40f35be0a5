package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import kb.build.SiteBuild;
import kb.links.LinkChecker;
import kb.model.corpus.CorpusReader;
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

        var report = SiteBuild.builder(corpus.get().resolve("txt"), site)
                .full(true)
                .index(false)
                .build()
                .run();

        assertThat(report.articles()).isEqualTo(56_989);
        assertThat(site.resolve("kb/256/Q256211/index.html")).exists();
        assertThat(site.resolve("kb/010/Q10022/index.html")).exists();
        assertThat(site.resolve("kb/042/Q42019/index.html")).exists();
        assertThat(site.resolve("id/sms/index.html")).exists();
        LinkChecker.Report links = LinkChecker.check(site, CorpusReader.Progress.NONE);
        assertThat(links.pages()).isGreaterThan(57_000);
        assertThat(links.broken()).isEmpty();
    }
}
