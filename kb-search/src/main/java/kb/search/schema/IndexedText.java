package kb.search.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kb.model.Article;
import kb.model.SectionKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.StoredFields;

/**
 * The texts an article's searched fields are made of, and which of them each field takes. The index stores them, so
 * that what an article held can still be told once it has changed: the search in the browser updates only the parts
 * of its index that hold the words an article had or has.
 *
 * @param id the article's id: typed into a search box, it finds the article above those that cite it
 * @param title the title
 * @param symptoms the symptoms (see {@link Fields#symptoms})
 * @param keywords the keywords, joined by spaces
 * @param queryWords the additional query words, joined by spaces
 * @param cause the CAUSE section
 * @param messages the quoted messages (see {@link Fields#messages})
 */
public record IndexedText(
        String id, String title, String symptoms, String keywords, String queryWords, String cause, String messages) {
    /** Stored only: the keywords, the additional query words. */
    static final String KEYWORDS = "keywords";

    static final String QUERY_WORDS = "querywords";

    public static IndexedText of(Article a) {
        return of(a, ProductMentions.of(a.appliesTo()));
    }

    /** The texts of an article whose product mentions ({@link ProductMentions}) are already made. */
    public static IndexedText of(Article a, Collection<String> mentions) {
        return new IndexedText(
                a.id().value(),
                a.title(),
                Fields.symptoms(a),
                keywords(a, mentions),
                String.join(" ", a.queryWords()),
                Fields.sections(a, SectionKind.CAUSE),
                Fields.messages(a));
    }

    /** The keywords, and how people write the products and versions the article applies to. */
    private static String keywords(Article a, Collection<String> mentions) {
        List<String> words = new ArrayList<>(a.keywords());
        words.addAll(mentions);
        return String.join(" ", words);
    }

    /** The texts as a document of the index stores them. */
    public static IndexedText read(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc);
        return new IndexedText(
                text(d, Fields.ID),
                text(d, Fields.TITLE),
                text(d, Fields.SYMPTOMS),
                text(d, KEYWORDS),
                text(d, QUERY_WORDS),
                text(d, Fields.CAUSE),
                text(d, Fields.MESSAGES));
    }

    private static String text(Document d, String field) {
        String s = d.get(field);
        return s == null ? "" : s;
    }

    /** Stores the texts in a document (beside the fields made of them, which are not stored). */
    public void store(Document doc) {
        doc.add(new StoredField(Fields.TITLE, title));
        doc.add(new StoredField(Fields.SYMPTOMS, symptoms));
        doc.add(new StoredField(KEYWORDS, keywords));
        doc.add(new StoredField(QUERY_WORDS, queryWords));
        doc.add(new StoredField(Fields.CAUSE, cause));
        doc.add(new StoredField(Fields.MESSAGES, messages));
    }

    /** The about field's keywords part: the keywords and the additional query words. */
    public String aboutKeywords() {
        return keywords + " " + queryWords;
    }

    /** The text of the {@link Fields#WORDS words} field. */
    public String words() {
        return title + "\n" + symptoms + "\n" + keywords + "\n" + cause;
    }

    /** The text of the {@link Fields#EXACT exact} field: the id, and where users' messages are quoted. */
    public String exact() {
        return id + "\n" + title + "\n" + symptoms + "\n" + cause;
    }
}
