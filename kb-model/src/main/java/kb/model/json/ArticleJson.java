package kb.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Authoring;
import kb.model.Block;
import kb.model.Inline;
import kb.model.Section;

/**
 * kb's JSON form of its records, for export and inspection: records as objects with their component names, ids as
 * {@code "Q256211"}, dates as {@code "2000-06-25"}, and each block with a {@code type}.
 */
public final class ArticleJson {
    private ArticleJson() {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Preformatted.class, name = "preformatted"),
        @JsonSubTypes.Type(value = Block.Subheading.class, name = "subheading"),
        @JsonSubTypes.Type(value = Block.BulletList.class, name = "bullets"),
        @JsonSubTypes.Type(value = Block.NumberedList.class, name = "steps"),
        @JsonSubTypes.Type(value = Block.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Rule.class, name = "rule")
    })
    private interface BlockMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Inline.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Inline.Emphasis.class, name = "emphasis"),
        @JsonSubTypes.Type(value = Inline.Strong.class, name = "strong"),
        @JsonSubTypes.Type(value = Inline.Strikethrough.class, name = "strikethrough"),
        @JsonSubTypes.Type(value = Inline.Link.class, name = "link"),
        @JsonSubTypes.Type(value = Inline.Image.class, name = "image"),
        @JsonSubTypes.Type(value = Inline.LineBreak.class, name = "break")
    })
    private interface InlineMixin {}

    /** Text blocks show their plain text, and their inline content only when it has markup. */
    @SuppressWarnings("UnusedMethod") // read by Jackson
    private interface PlainTextMixin {
        @JsonProperty("text")
        String text();

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = PlainContent.class)
        List<Inline> content();
    }

    /** Lists say they are tight only when they are. */
    @SuppressWarnings("UnusedMethod") // read by Jackson
    private interface ListMixin {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        boolean tight();
    }

    /** Items say they are tasks only when they are. */
    @SuppressWarnings("UnusedMethod") // read by Jackson
    private interface ItemMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoTask.class)
        Block.Task task();
    }

    /** Articles show their author and summary only when they have one. */
    @SuppressWarnings("UnusedMethod") // read by Jackson
    private interface ArticleMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoAuthoring.class)
        Authoring authoring();
    }

    /** Tells Jackson to leave out an article's authoring when it has none. */
    private static final class NoAuthoring {
        @Override
        public boolean equals(Object value) {
            return Authoring.NONE.equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Sections show their heading's markup only when it has some. */
    @SuppressWarnings("UnusedMethod") // read by Jackson
    private interface SectionMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = PlainTitle.class)
        List<Inline> title();
    }

    /** Tells Jackson to leave out a heading that is plain text (or none). */
    private static final class PlainTitle {
        @Override
        public boolean equals(Object value) {
            return value instanceof List<?> l && (l.isEmpty() || (l.size() == 1 && l.get(0) instanceof Inline.Text));
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Tells Jackson to leave out an item's task when it is none. */
    private static final class NoTask {
        @Override
        public boolean equals(Object value) {
            return value == Block.Task.NONE;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Tells Jackson to leave out content that is one run of plain text. */
    private static final class PlainContent {
        @Override
        public boolean equals(Object value) {
            return value instanceof List<?> l && l.size() == 1 && l.get(0) instanceof Inline.Text;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static final class IdSerializer extends JsonSerializer<ArticleId> {
        @Override
        public void serialize(ArticleId id, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(id.value());
        }
    }

    /** A new mapper; it is thread-safe once built, so keep and share one. */
    public static ObjectMapper mapper() {
        SimpleModule kb = new SimpleModule("kb");
        kb.addSerializer(ArticleId.class, new IdSerializer());
        kb.addKeySerializer(ArticleId.class, new JsonSerializer<>() {
            @Override
            public void serialize(ArticleId id, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(id.value());
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(kb)
                .addMixIn(Block.class, BlockMixin.class)
                .addMixIn(Inline.class, InlineMixin.class)
                .addMixIn(Block.Paragraph.class, PlainTextMixin.class)
                .addMixIn(Block.Subheading.class, PlainTextMixin.class)
                .addMixIn(Block.BulletList.class, ListMixin.class)
                .addMixIn(Block.NumberedList.class, ListMixin.class)
                .addMixIn(Block.ListItem.class, ItemMixin.class)
                .addMixIn(Article.class, ArticleMixin.class)
                .addMixIn(Section.class, SectionMixin.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
