package kb.search.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kb.model.Article;
import kb.model.Block;
import kb.model.Blocks;
import kb.model.Mentions;
import kb.model.Section;
import kb.model.SectionKind;

/** The index's fields, defined once, and the text of an article that goes into each. */
public final class Fields {
    /** The article id, {@code Q256211}: exact, stored. */
    public static final String ID = "id";
    /** The title: prose, stored for results. */
    public static final String TITLE = "title";
    /** What the user sees: the SYMPTOMS section, or SUMMARY for how-to articles; prose, stored for snippets. */
    public static final String SYMPTOMS = "symptoms";
    /**
     * Not searched: where each term of the symptoms stands ({@link TermPlaces}), a few bytes an article, for marking a
     * result's words in its snippet.
     */
    public static final String SYMPTOM_PLACES = "symptomplaces";
    /** Not searched: what a result of the search in the browser shows of the article ({@link Shown}). */
    public static final String SHOWN = "shown";
    /** The CAUSE section. */
    public static final String CAUSE = "cause";
    /** RESOLUTION and WORKAROUND. */
    public static final String RESOLUTION = "resolution";
    /** Everything else in the body. */
    public static final String BODY = "body";
    /**
     * What the article is about, for ranking by words: the terms of the title, symptoms, keywords (and additional query
     * words) and cause in one field, each part's occurrences weighted (see {@link WeightedTerms}).
     */
    public static final String ABOUT = "about";
    /** Tokens users paste as they are: file names, error numbers, registry paths, message ids. */
    public static final String EXACT = "exact";
    /**
     * The title, symptoms, keywords and cause as written, lower-cased but not stemmed: for spelling suggestions and
     * typo tolerance, and the words the search in the browser looks up.
     */
    public static final String WORDS = "words";
    /** The messages an article quotes where it describes what users see: quoted text and verbatim blocks. */
    public static final String MESSAGES = "messages";
    /** Each quoted message whole ({@link WholeMessages}). */
    public static final String WHOLE = "whole";
    /**
     * Not searched by the server: adjacent word pairs of the title ({@code t} and two terms) and of the quoted messages
     * ({@code m} and two words), with how often each stands there; the browser's search matches phrases with them.
     */
    public static final String PAIRS = "pairs";
    /**
     * Not searched: the terms of the article's product mentions ({@code nt4}), each alone and with each of the
     * article's product keys after a tab ({@code nt4}, a tab, {@code winnt}): which products a query's word names
     * ({@link NamedProducts}).
     */
    public static final String MENTIONS = "mentions";
    /** Product codes, for filtering ({@code product:sms}); also a facet. */
    public static final String PRODUCT = "product";
    /**
     * Not searched: each product key with the name the article gives it ({@code win95x}, a tab, {@code Microsoft Windows
     * 95.x Retail Product}), so that facets and results can show the name most articles give a product.
     */
    public static final String PRODUCT_NAME = "productname";
    /** Year of last modification, for filtering; also a facet. */
    public static final String YEAR = "year";
    /** Issue type ({@code kbbug}), a facet. */
    public static final String ISSUE_TYPE = "issuetype";
    /** Stored only: the article's URL relative to the site, its date, its product codes joined by spaces. */
    public static final String URL = "url";

    public static final String DATE = "date";
    public static final String PRODUCTS = "products";

    private Fields() {}

    /** The section a user's symptoms are matched against: SYMPTOMS, or SUMMARY, or else the first one. */
    public static Section symptomSection(Article article) {
        return article.section(SectionKind.SYMPTOMS)
                .or(() -> article.section(SectionKind.SUMMARY))
                .orElse(article.sections().get(0));
    }

    /** What the article says a user sees. */
    public static String symptoms(Article article) {
        return Blocks.plainText(symptomSection(article).blocks());
    }

    /** A text in double quotes: a message, as the symptoms quote it. */
    static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{3,400})[\"\u201d]");

    /**
     * The messages quoted in the symptoms, one a line: text in double quotes, and verbatim blocks (where log lines and
     * dialog texts are copied), but not the lines of a block that cite other articles ({@code Q150489 How to Enable
     * ...}): a title cited there is not something the user sees.
     */
    public static String messages(Article article) {
        List<String> out = new ArrayList<>();
        collectMessages(symptomSection(article).blocks(), out);
        return String.join("\n", out);
    }

    private static void collectMessages(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            switch (b) {
                case Block.Preformatted p -> out.add(uncited(p.text()));
                case Block.Paragraph p -> {
                    var m = QUOTED.matcher(p.text());
                    while (m.find()) {
                        out.add(m.group(1));
                    }
                }
                case Block.BulletList l -> l.items().forEach(i -> collectMessages(i.blocks(), out));
                case Block.NumberedList l -> l.items().forEach(i -> collectMessages(i.blocks(), out));
                case Block.Code c -> out.add(c.text());
                case Block.Quote q -> collectMessages(q.blocks(), out);
                case Block.Subheading h -> {}
                case Block.Table t -> {}
                case Block.Rule r -> {}
            }
        }
    }

    private static String uncited(String verbatim) {
        if (verbatim.indexOf('Q') < 0) {
            return verbatim;
        }
        StringBuilder out = new StringBuilder();
        for (String line : verbatim.split("\n", -1)) {
            if (Mentions.citation(line).isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The text of the sections of these kinds, headings included. */
    public static String sections(Article article, SectionKind... kinds) {
        List<String> out = new ArrayList<>();
        for (Section s : article.sections()) {
            for (SectionKind k : kinds) {
                if (s.kind() == k) {
                    out.add(Blocks.plainText(s.blocks()));
                }
            }
        }
        return String.join("\n", out);
    }

    /** Every section not given to another field. */
    @SuppressWarnings("ReferenceEquality") // that very section, not another equal to it
    public static String rest(Article article) {
        Section symptoms = symptomSection(article);
        List<String> out = new ArrayList<>();
        for (Section s : article.sections()) {
            if (s != symptoms
                    && s.kind() != SectionKind.CAUSE
                    && s.kind() != SectionKind.RESOLUTION
                    && s.kind() != SectionKind.WORKAROUND) {
                out.add(s.heading());
                out.add(Blocks.plainText(s.blocks()));
            }
        }
        out.addAll(article.appliesTo());
        return String.join("\n", out);
    }
}
