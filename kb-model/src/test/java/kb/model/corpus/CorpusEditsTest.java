package kb.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kb.model.ArticleId;
import kb.model.parse.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read that starts from the very state the last read left patches what that read made of it, when the files read
 * again hold the same articles: the corpus and the change must be the ones a read from an equal state gives.
 */
class CorpusEditsTest {
    private static final int FILES = 24;
    private final Random random = new Random(7);
    private long time = 1_000_000_000L;

    @Test
    void aReadPatchingTheLastOneGivesWhatAReadAfreshGives(@TempDir Path dir) throws IOException {
        CorpusReader reader = new CorpusReader(ArticleParser.create(), random.nextBoolean());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            texts.add(markdown(i, 1000 + i, "Widget"));
            write(dir, i, texts.get(i));
        }
        CorpusReader.Result last = reader.read(dir, Optional.empty(), CorpusReader.Progress.NONE);
        long patchedBefore = CorpusReader.edits();
        for (int round = 0; round < 60; round++) {
            int f = random.nextInt(FILES);
            int kind = random.nextInt(10);
            String text = switch (kind) {
                case 0, 1, 2 ->
                    texts.get(f).replace("## Symptoms\n", "## Symptoms\n\nEdited in round " + round + ".\n");
                case 3 -> texts.get(f).replaceFirst("title: [^\n]*", "title: Retitled " + round);
                case 4 -> texts.get(f) + "\nSee Q" + (1000 + random.nextInt(FILES + 4)) + ".\n";
                case 5 -> texts.get(f) + "\nSee [the other](f" + random.nextInt(FILES) + ".md).\n";
                case 6 -> texts.get(f).replace("products: Widget", "products: Gadget");
                case 7 -> texts.get(f).replaceFirst("id: Q\\d+", "id: Q" + (1000 + random.nextInt(FILES)));
                case 8 -> texts.get(f).replace("draft: false", "draft: true");
                default -> random.nextBoolean() ? texts.get(f) : "---\ntitle: [unclosed\n---\n";
            };
            texts.set(f, text);
            write(dir, f, text);

            CorpusReader.Result patched = reader.read(dir, Optional.of(last.state()), CorpusReader.Progress.NONE);
            CorpusState equal = new CorpusState(
                    last.state().sources(), last.state().drafts(), last.state().ids());
            CorpusReader.Result afresh = reader.read(dir, Optional.of(equal), CorpusReader.Progress.NONE);

            String at = "round " + round + ", change " + kind + " of f" + f;
            assertThat(patched.state()).as(at).isEqualTo(afresh.state());
            assertThat(patched.change()).as(at).isEqualTo(afresh.change());
            assertThat(patched.parsed()).as(at).isEqualTo(afresh.parsed());
            Corpus a = patched.corpus();
            Corpus b = afresh.corpus();
            assertThat(a.summaries()).as(at).isEqualTo(b.summaries());
            assertThat(a.diagnostics()).as(at).isEqualTo(b.diagnostics());
            assertThat(a.duplicates()).as(at).isEqualTo(b.duplicates());
            assertThat(a.linkedFiles()).as(at).isEqualTo(b.linkedFiles());
            assertThat(a.dangling()).as(at).isEqualTo(b.dangling());
            for (ArticleSummary s : b.summaries()) {
                assertThat(a.summary(s.id())).as(at).contains(s);
                assertThat(a.citedBy(s.id())).as(at + ": cited by " + s.id()).isEqualTo(b.citedBy(s.id()));
                assertThat(a.article(s.id()).map(x -> x.productCodes()))
                        .as(at)
                        .isEqualTo(b.article(s.id()).map(x -> x.productCodes()));
            }
            assertThat(a.citedBy(ArticleId.of("Q9999"))).isEmpty();
            last = afresh;
        }
        assertThat(CorpusReader.edits() - patchedBefore)
                .as("rounds whose edits kept every id and product patched the last read")
                .isGreaterThan(15);
    }

    /** An article in Markdown; every third one names its product's code, the others only its name. */
    private static String markdown(int file, int id, String product) {
        String code = file % 3 == 0 ? "product: " + product.toLowerCase(java.util.Locale.ROOT) + "\n" : "";
        return "---\nid: Q" + id + "\ntitle: Article " + file + "\n" + code + "products: " + product
                + "\ndraft: false\n---\n## Symptoms\n\nSomething fails" + (file % 4 == 0 ? "; see Q" + (id + 1) : "")
                + ".\n";
    }

    private void write(Path dir, int file, String text) throws IOException {
        Path p = dir.resolve("f" + file + ".md");
        Files.writeString(p, text);
        // Each save a second later, as an editor's would be: a size that stays the same is seen by the time.
        time += 1_000;
        Files.setLastModifiedTime(p, FileTime.fromMillis(time));
    }
}
