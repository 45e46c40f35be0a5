package kb.model.json;

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
import kb.model.ArticleId;
import kb.model.Block;

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
        @JsonSubTypes.Type(value = Block.NumberedList.class, name = "steps")
    })
    private interface BlockMixin {}

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
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
