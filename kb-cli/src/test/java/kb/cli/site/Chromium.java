package kb.cli.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kb.eval.WebDriverSession;
import kb.testing.Browser;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The system's headless Chromium, driven through its own driver, with a fresh profile under {@code work}. */
final class Chromium {
    private Chromium() {}

    static WebDriver start(Path work) throws IOException {
        ChromeOptions options = new ChromeOptions()
                .setBinary(Browser.CHROMIUM.toFile())
                .addArguments(WebDriverSession.switches(Files.createTempDirectory(work, "chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Browser.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
