package kb.search.schema;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * What a result of the search in the browser shows of an article, kept beside it in the index (a doc values field,
 * {@link Fields#SHOWN}): the browser's index reads it for every article without opening the stored texts.
 *
 * @param id the article id
 * @param title its title
 * @param url its page, relative to the site's root
 * @param products its product codes, space-separated
 * @param date when it was last changed, as the page shows it
 * @param summary the start of its symptoms, on one line (see {@link #summary})
 */
public record Shown(String id, String title, String url, String products, String date, String summary) {
    /** A result shows this much of the symptoms at most. */
    public static final int SUMMARY_CHARS = 150;

    private static final char SEPARATOR = '\u0000';

    /** What a result shows of an article with these symptoms. */
    public static Shown of(String id, String title, String url, String products, String date, String symptoms) {
        return new Shown(id, title, url, products, date, summary(symptoms));
    }

    /** The value of the field: the parts as UTF-8, a NUL between them (control characters are not in article text). */
    public BytesRef encode() {
        String joined = String.join(
                String.valueOf(SEPARATOR),
                Arrays.stream(new String[] {id, title, url, products, date, summary})
                        .map(s -> s.replace(SEPARATOR, ' '))
                        .toList());
        return new BytesRef(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a value of the field. */
    public static Shown decode(BytesRef value) {
        String[] p = new String(value.bytes, value.offset, value.length, StandardCharsets.UTF_8)
                .split(String.valueOf(SEPARATOR), -1);
        if (p.length != 6) {
            throw new IllegalArgumentException("a value of " + p.length + " parts, not 6");
        }
        return new Shown(p[0], p[1], p[2], p[3], p[4], p[5]);
    }

    /** The title of a value of the field, the rest left unread. */
    public static String title(BytesRef value) {
        int end = value.offset + value.length;
        int start = value.offset;
        while (start < end && value.bytes[start] != SEPARATOR) {
            start++;
        }
        int stop = ++start;
        while (stop < end && value.bytes[stop] != SEPARATOR) {
            stop++;
        }
        if (stop >= end) {
            throw new IllegalArgumentException("a value without a title");
        }
        return new String(value.bytes, start, stop - start, StandardCharsets.UTF_8);
    }

    /** The start of the symptoms, cut at a word. */
    public static String summary(String symptoms) {
        // Runs of white space made one space, reading no further than the summary needs.
        StringBuilder b = new StringBuilder(SUMMARY_CHARS + 1);
        boolean space = false;
        for (int i = 0; i < symptoms.length() && b.length() <= SUMMARY_CHARS; i++) {
            char c = symptoms.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        if (b.length() <= SUMMARY_CHARS) {
            return b.toString();
        }
        int cut = b.lastIndexOf(" ", SUMMARY_CHARS);
        return b.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS) + " …";
    }
}
