package kb.render.link;

import static org.assertj.core.api.Assertions.assertThat;

import kb.model.ArticleId;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void articlePagesKeepTheArchiveUrls() {
        assertThat(SitePaths.articleFile(ArticleId.of("Q256211"))).isEqualTo("kb/256/Q256211/index.html");
        assertThat(SitePaths.articleDir(ArticleId.of("Q10022"))).isEqualTo("kb/010/Q10022/");
        assertThat(SitePaths.articleDir(ArticleId.of("Q42857"))).isEqualTo("kb/042/Q42857/");
        assertThat(SitePaths.articleDir(ArticleId.of("Q999"))).isEqualTo("kb/000/Q999/");
    }

    @Test
    void slugsAreLowerCaseWithDashes() {
        assertThat(SitePaths.slug("sms")).isEqualTo("sms");
        assertThat(SitePaths.slug("Word 97")).isEqualTo("word-97");
        assertThat(SitePaths.slug("  Acme  Sync / Server ")).isEqualTo("acme-sync-server");
    }

    @Test
    void slugsNeverEscapeTheirFolder() {
        assertThat(SitePaths.slug("../../etc")).isEqualTo("etc");
        assertThat(SitePaths.slug(".NET")).isEqualTo("net");
        assertThat(SitePaths.slug(". .hidden")).isEqualTo("hidden");
        assertThat(SitePaths.slug("..")).isEqualTo("-");
        assertThat(SitePaths.slug("<script>")).isEqualTo("script");
    }
}
