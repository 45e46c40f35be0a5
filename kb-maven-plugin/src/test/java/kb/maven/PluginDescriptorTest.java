package kb.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goals as Maven sees them, from the plugin's descriptor: their names, the properties that set each parameter from
 * the command line ({@code -Dkb.skip}), and their defaults.
 */
class PluginDescriptorTest {
    /** Each goal's parameters: name to "expression default". */
    private static final Map<String, Map<String, String>> GOALS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin's descriptor").isNotNull();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            assertThat(doc.getDocumentElement()
                            .getElementsByTagName("goalPrefix")
                            .item(0)
                            .getTextContent())
                    .isEqualTo("kb");
            NodeList mojos = doc.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                Map<String, String> params = new LinkedHashMap<>();
                Element configuration =
                        (Element) mojo.getElementsByTagName("configuration").item(0);
                NodeList values = configuration.getChildNodes();
                for (int k = 0; k < values.getLength(); k++) {
                    if (values.item(k) instanceof Element v) {
                        params.put(
                                v.getTagName(),
                                (v.getTextContent().trim() + " " + v.getAttribute("default-value")).trim());
                    }
                }
                GOALS.put(mojo.getElementsByTagName("goal").item(0).getTextContent(), params);
            }
        }
    }

    @Test
    void theGoalsAreBuildCheckServeAndTheReport() {
        assertThat(GOALS).containsOnlyKeys("build", "check", "serve", "report");
    }

    @Test
    void everyGoalTakesTheKnowledgeBaseFromItsSettingsUnlessToldAndCanBeSkipped() {
        for (String goal : GOALS.keySet()) {
            Map<String, String> p = GOALS.get(goal);
            assertThat(p).as(goal).containsEntry("skip", "${kb.skip} false");
            assertThat(p).as(goal).containsEntry("content", "${kb.content}");
            assertThat(p).as(goal).containsEntry("config", "${kb.config}");
            assertThat(p).as(goal).containsEntry("title", "${kb.title}");
            assertThat(p).as(goal).containsEntry("theme", "${kb.theme}");
            assertThat(p).as(goal).containsEntry("baseUrl", "${kb.baseUrl}");
        }
    }

    @Test
    void buildAndServeHaveTheirOwnOptions() {
        assertThat(GOALS.get("build"))
                .containsEntry("output", "${kb.output}")
                .containsEntry("full", "${kb.full} false")
                .containsEntry("drafts", "${kb.drafts} false");
        assertThat(GOALS.get("serve"))
                .containsEntry("port", "${kb.port} 8080")
                .containsEntry("host", "${kb.host} 127.0.0.1");
    }
}
