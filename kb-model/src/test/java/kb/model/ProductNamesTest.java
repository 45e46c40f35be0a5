package kb.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductNamesTest {
    @Test
    void eachKeyIsNamedAsMostOfItsArticlesNameIt() {
        ProductNames names = new ProductNames();
        names.add("win95x", "Microsoft Windows 95.x Retail Product", 3);
        names.add("win95x", "Microsoft Windows 95", 1);
        names.add("win95x", "Microsoft Windows 95", 1);
        names.add("sms", "Microsoft Systems Management Server", 1);

        assertThat(names.names())
                .containsEntry("win95x", "Microsoft Windows 95.x Retail Product")
                .containsEntry("sms", "Microsoft Systems Management Server")
                .hasSize(2);
    }

    @Test
    void aTieGoesToTheNameFirstInAlphabeticalOrder() {
        ProductNames names = new ProductNames();
        names.add("dosword", "Word for MS-DOS", 1);
        names.add("dosword", "DELETE ME", 1);

        assertThat(names.names()).containsEntry("dosword", "DELETE ME");
    }

    @Test
    void anArticleNamesEachCodeByTheNameInItsPlaceOrItsFirstOrTheCode() {
        assertThat(ProductNames.ofKeys(List.of("sms", "winnt"), List.of("SMS", "Windows NT")))
                .containsExactly("SMS", "Windows NT");
        assertThat(ProductNames.ofKeys(List.of("sms", "winnt"), List.of("SMS"))).containsExactly("SMS", "SMS");
        assertThat(ProductNames.ofKeys(List.of("sms"), List.of())).containsExactly("sms");
        assertThat(ProductNames.ofKeys(List.of(), List.of("Acme Sync Server"))).containsExactly("Acme Sync Server");
    }
}
