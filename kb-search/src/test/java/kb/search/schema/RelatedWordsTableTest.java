package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Makes the table of {@link RelatedWords} from WordNet's database and checks that it is the table kb carries, under the
 * version the index's schema names. When the prose analysis changes, write it again ({@code ./mvnw test -pl kb-search
 * -Dtest=RelatedWordsTableTest -Dkb.writeRelatedWords=true}), then set {@link RelatedWords#VERSION} to the checksum
 * this test asks for, so that indexes are made again with the new table.
 */
class RelatedWordsTableTest {
    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Path KEPT = Path.of("src/main/resources/kb/search/schema", RelatedWords.RESOURCE);

    private static final String NOTICE = """
            # Words of the same meaning, as terms of kb's prose analysis: a term, a tab, its related terms.
            # Made from WordNet 3.1 by RelatedWordsTableTest: the synonym sets of each word's senses seen in tagged text.
            #
            # WordNet Release 3.0 This software and database is being provided to you, the LICENSEE, by Princeton
            # University under the following license. By obtaining, using and/or copying this software and database,
            # you agree that you have read, understood, and will comply with these terms and conditions.:
            # Permission to use, copy, modify and distribute this software and database and its documentation for any
            # purpose and without fee or royalty is hereby granted, provided that you agree to comply with the
            # following copyright notice and statements, including the disclaimer, and that the same appear on ALL
            # copies of the software, database and documentation, including modifications that you make for internal
            # use or for distribution.
            # WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
            # THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
            # WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
            # REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
            # OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
            # COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in
            # advertising or publicity pertaining to distribution of the software and/or database. Title to copyright
            # in this software, database and any associated documentation shall at all times remain with Princeton
            # University and LICENSEE agrees to preserve same.
            """;

    @Test
    void theTableKeptIsTheOneWordNetMakes() throws IOException {
        String made = NOTICE + lines(table());
        if (Boolean.getBoolean("kb.writeRelatedWords")) {
            Files.writeString(KEPT, made);
        }
        String kept;
        try (InputStream in = RelatedWords.class.getResourceAsStream(RelatedWords.RESOURCE)) {
            kept = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(kept)
                .as("the table of related words is out of date: write it again with -Dkb.writeRelatedWords=true")
                .isEqualTo(made);
    }

    @Test
    void theIndexSchemaNamesTheTableKept() throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = RelatedWords.class.getResourceAsStream(RelatedWords.RESOURCE)) {
            crc.update(Objects.requireNonNull(in).readAllBytes());
        }
        assertThat(RelatedWords.VERSION)
                .as("RelatedWords.VERSION must be the table's checksum, so that indexes are made again with it")
                .isEqualTo(String.format("%08x", crc.getValue()));
    }

    @Test
    void everydayWordsFindTheWordsArticlesUse() {
        assertThat(RelatedWords.of("stop")).contains("quit", "halt");
        assertThat(RelatedWords.of("incorrect")).contains("wrong");
        assertThat(RelatedWords.of("motorcycl")).contains("bike");
        assertThat(RelatedWords.of("clock")).contains("time");
        assertThat(RelatedWords.of("thequickbrownfox")).isEmpty();
    }

    @Test
    void aTermIsNotItsOwnRelatedWordNorIsAStopWord() {
        // "stops" and "stopping" both analyse to "stop"; "no" is a stop word.
        assertThat(RelatedWords.of("stop")).doesNotContain("stop");
        assertThat(RelatedWords.of("no")).isEmpty();
        assertThat(RelatedWords.of("ani")).doesNotContain("no");
    }

    /**
     * Each term's related terms: the other words of each synonym set its words are in, in the senses tagged text has
     * shown (WordNet orders a word's senses by how often they were tagged, and counts those tagged), or the first sense
     * when none was. Senses never seen ("stop" as a card game) brought postings and no better answers.
     */
    private static Map<String, Set<String>> table() throws IOException {
        Analyzer prose = KbAnalyzers.prose();
        Map<String, String> terms = new HashMap<>();
        Map<String, Set<String>> out = new TreeMap<>();
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            Map<String, List<String>> sets = synonymSets(pos);
            for (String line : read("index." + pos)) {
                if (line.startsWith(" ")) {
                    continue;
                }
                // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset [synset_offset...]
                String[] f = line.split(" ", -1);
                String word = f[0];
                int pointers = Integer.parseInt(f[3]);
                int tagged = Math.max(1, Integer.parseInt(f[4 + pointers + 1]));
                String term = LETTERS.matcher(word).matches() ? terms.computeIfAbsent(word, w -> term(prose, w)) : null;
                if (term == null) {
                    continue;
                }
                int first = 4 + pointers + 2;
                for (int i = first; i < first + tagged && i < f.length && !f[i].isEmpty(); i++) {
                    for (String other : sets.get(f[i])) {
                        String related = terms.computeIfAbsent(other, w -> term(prose, w));
                        if (related != null && !related.equals(term)) {
                            out.computeIfAbsent(term, t -> new TreeSet<>()).add(related);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The words of letters only in each synonym set of a part of speech, by the set's offset. */
    private static Map<String, List<String>> synonymSets(String pos) throws IOException {
        Map<String, List<String>> sets = new HashMap<>();
        for (String line : read("data." + pos)) {
            if (line.startsWith(" ")) {
                continue;
            }
            // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt ...
            String[] f = line.split(" ", -1);
            int count = Integer.parseInt(f[3], 16);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // An adjective may carry its position: "galore(ip)".
                String w = f[4 + 2 * i].replaceFirst("\\(.*\\)$", "").toLowerCase(java.util.Locale.ROOT);
                if (LETTERS.matcher(w).matches()) {
                    words.add(w);
                }
            }
            sets.put(f[0], words);
        }
        return sets;
    }

    private static List<String> read(String file) throws IOException {
        try (InputStream in = RelatedWordsTableTest.class.getResourceAsStream(WORDNET + file);
                BufferedReader r = new BufferedReader(
                        new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.ISO_8859_1))) {
            return r.lines().toList();
        }
    }

    /** A word's term, null for a stop word. */
    private static String term(Analyzer prose, String word) {
        AnalysedText t = AnalysedText.of(prose, Fields.ABOUT, word);
        return t.size() == 1 ? t.term(0) : null;
    }

    private static String lines(Map<String, Set<String>> table) {
        StringBuilder out = new StringBuilder();
        table.forEach((term, related) ->
                out.append(term).append('\t').append(String.join(" ", related)).append('\n'));
        return out.toString();
    }
}
