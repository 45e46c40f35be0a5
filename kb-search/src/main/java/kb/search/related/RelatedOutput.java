package kb.search.related;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kb.model.ArticleId;
import kb.model.build.BuildContext;
import kb.model.build.RelationsOutput;
import kb.model.build.SiteLayout;
import kb.model.io.BinaryReader;

/**
 * Each article's related articles, kept beside the site: computed for every article on a full build (or when the saved
 * relations cannot be read, which is said), otherwise only for the articles a change can affect.
 */
public final class RelatedOutput implements RelationsOutput {
    /** The stage's name. */
    public static final String NAME = "related";

    private static final String STATE = "related.bin";

    private BinaryReader.Result<RelatedArticles> saved;
    private RelatedArticles relations;
    private Optional<Change> changed = Optional.empty();
    /** The relations to write, when this build changed them. */
    private Optional<Saving> saving = Optional.empty();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(SiteLayout layout) {
        saved = RelatedArticles.read(layout.stateFile(STATE));
    }

    @Override
    public void update(BuildContext build) throws IOException {
        if (saved instanceof BinaryReader.Result.Unusable<RelatedArticles> u
                && !build.change().full()) {
            build.listener()
                    .notice("the saved related articles could not be read (" + u.reason()
                            + "); they are computed again");
        }
        if (!build.change().full() && saved instanceof BinaryReader.Result.Read<RelatedArticles> r) {
            relations = r.value();
            if (build.change().isEmpty()) {
                changed = Optional.of(Change.NONE);
                return;
            }
            RelatedArticles.Update update = relations.update(
                    build.corpus().articles(build.change().touched()),
                    build.change().removed());
            changed = Optional.of(new Change(update.moved(), update.showing()));
        } else {
            relations = RelatedArticles.of(build.corpus().articles());
            changed = Optional.empty();
        }
        RelatedArticles made = relations;
        Path file = build.layout().stateFile(STATE);
        saving = Optional.of(() -> made.write(file));
    }

    /** The relations, written once the site is in line. */
    @Override
    public Optional<Saving> saving() {
        return saving;
    }

    @Override
    public List<ArticleId> related(ArticleId id) {
        return relations.related(id);
    }

    @Override
    public Optional<Change> changed() {
        return changed;
    }
}
