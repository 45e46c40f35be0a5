package kb.search;

import java.io.IOException;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.testing.ProjectFiles;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The sample content/ articles indexed in memory, for tests that search them. */
public final class SampleIndex {
    private SampleIndex() {}

    /** A searcher over a new in-memory index of the sample articles; close it when done. */
    public static KbSearcher searcher() throws IOException {
        Corpus corpus =
                new CorpusReader(ArticleParser.create()).readAll(ProjectFiles.content(), CorpusReader.Progress.NONE);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (KbIndex index = KbIndex.open(directory, true)) {
            for (var a : corpus.articles()) {
                index.put(a, "kb/" + a.id().bucket() + "/" + a.id() + "/");
            }
        }
        return KbSearcher.open(directory);
    }
}
