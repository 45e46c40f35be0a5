package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.search.KbIndex;
import kb.search.SmallIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The names results and facets show: the settings' names for the codes they name, else the articles' own. */
class IndexedProductNamesTest {
    @Test
    void theSettingsNamesWinAndAreKeptWithTheCommit() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("Acme Vault", "Vault\tPro\nEdition");
        settings.put("nosuchcode", "Never shown");
        try (KbIndex index = KbIndex.open(directory, true)) {
            index.add(SmallIndex.article(900001, "Backup stops", "The backup stops.", "A bug."), "kb/900/Q900001/");
            index.showProductNames(settings);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(IndexedProductNames.read(reader)).containsExactly(Map.entry("Acme Vault", "Vault Pro Edition"));
        }
        // An update that does not name them keeps them; naming none brings the articles' own back.
        try (KbIndex index = KbIndex.open(directory, false)) {
            index.put(SmallIndex.article(900002, "Restore fails", "The restore fails.", "A bug."), "kb/900/Q900002/");
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(IndexedProductNames.read(reader)).containsEntry("Acme Vault", "Vault Pro Edition");
        }
        try (KbIndex index = KbIndex.open(directory, false)) {
            index.showProductNames(Map.of());
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(IndexedProductNames.read(reader)).containsEntry("Acme Vault", "Acme Vault");
        }
    }
}
