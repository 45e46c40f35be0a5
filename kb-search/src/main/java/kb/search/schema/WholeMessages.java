package kb.search.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;

/**
 * The messages an article's symptoms quote, each whole: a pasted message that is all of one of them names that
 * article more than one that holds it within a longer text. The whole messages are each line of the quoted messages
 * ({@link Fields#messages}), each run of lines between blank ones, and each text in double quotes among them (a
 * dialog's line that quotes the message); each is kept as the hash of its words, as the messages field analyses
 * them, joined by spaces, which the browser's search computes the same way ({@code kb-search.js}).
 *
 * <p>A message with capitals is kept a second time as written ({@link #asWrittenKey}): a product writes its messages
 * its own way ("File Access Denied", "File access denied"), and a pasted message that an article quotes letter for
 * letter is more surely the one it is about than one it quotes in other capitals.
 */
public final class WholeMessages {
    /** The most words of a whole message: a longer one is no user's paste. */
    public static final int MAX_WORDS = 64;

    /** What starts a key of a message as written, which no key of its lower-cased words starts with. */
    static final String AS_WRITTEN = "z";

    private static final Analyzer WRITTEN = KbAnalyzers.asWritten();

    private WholeMessages() {}

    /** The keys of the whole messages of an article's quoted messages. */
    public static Set<String> of(Analyzer analyzer, String messages) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        for (String line : messages.split("\n", -1)) {
            if (line.isBlank()) {
                add(analyzer, run.toString(), out);
                run.setLength(0);
            } else {
                add(analyzer, line, out);
                run.append(line).append('\n');
            }
        }
        add(analyzer, run.toString(), out);
        Matcher m = Fields.QUOTED.matcher(messages);
        while (m.find()) {
            add(analyzer, m.group(1), out);
        }
        return out;
    }

    /** A text's key as a whole message; empty for a text of one word or of more than {@link #MAX_WORDS}. */
    public static String key(Analyzer analyzer, String text) {
        return key(
                AnalysedText.of(analyzer, Fields.MESSAGES, text, MAX_WORDS + 1).terms());
    }

    /**
     * A text's key as a whole message as written, its capitals kept; empty when it has none (then the lower-cased
     * words' key, {@code key}, says the same) or when {@code key} is empty.
     */
    public static String asWrittenKey(String text, String key) {
        if (key.isEmpty()) {
            return "";
        }
        List<String> words =
                AnalysedText.of(WRITTEN, Fields.MESSAGES, text, MAX_WORDS + 1).terms();
        String written = key(words);
        return written.isEmpty() || written.equals(key) ? "" : AS_WRITTEN + written;
    }

    /** The key of a text's words as the messages field analyses them (at least the first {@link #MAX_WORDS} + 1). */
    public static String key(List<String> words) {
        return words.size() < 2 || words.size() > MAX_WORDS ? "" : hash(String.join(" ", words));
    }

    /** FNV-1a over the text's UTF-16 units, as eight hexadecimal digits (as JavaScript computes it too). */
    static String hash(String text) {
        int h = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return String.format("%08x", h);
    }

    /** Adds an article's whole messages to its document. */
    public static void index(Document doc, Set<String> keys) {
        for (String k : keys) {
            doc.add(new StringField(Fields.WHOLE, k, Field.Store.NO));
        }
    }

    private static void add(Analyzer analyzer, String text, Set<String> out) {
        String key = key(analyzer, text);
        if (!key.isEmpty()) {
            out.add(key);
            String written = asWrittenKey(text, key);
            if (!written.isEmpty()) {
                out.add(written);
            }
        }
    }
}
