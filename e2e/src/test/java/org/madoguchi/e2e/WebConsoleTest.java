package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

import io.restassured.RestAssured;

/**
 * The web console in a real browser: the Playwright specs of {@code web/e2e} (each role's main flow through the
 * gateway's sign-in and the real Keycloak login page, the inbox updating live, a booking clash with the winning
 * booking's time, a form completed with the keyboard alone, axe-core on every page, no token in the page's storage)
 * run with the machine's Node against this suite's gateway, driving the machine's Chromium; a screenshot of each page
 * lands in {@code e2e/target/screenshots/}. A failing spec fails this test with Playwright's output.
 */
@EndToEnd(logs = {RunningSuite.PROCEDURES, RunningSuite.APPLICATIONS, RunningSuite.LENDING, RunningSuite.NOTIFICATION})
@Order(Integer.MAX_VALUE - 2)
class WebConsoleTest {

    /** Debian's Chromium, which {@code .ci/run} installs where it is missing; no browser is downloaded. */
    private static final Path CHROMIUM = Path.of(System.getProperty("madoguchi.chromium", "/usr/bin/chromium"));
    private static final Duration LONGEST_RUN = Duration.ofMinutes(15);

    private final RunningSuite suite;

    WebConsoleTest(RunningSuite suite) {
        this.suite = suite;
    }

    @Test
    void every_role_completes_its_main_flow_in_a_real_browser_with_no_accessibility_violation() throws Exception {
        Path home = Path.of(System.getProperty("madoguchi.home", "..")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("madoguchi.e2e.target", home.resolve("e2e/target").toString()));
        Path web = home.resolve("web");
        Path cli = web.resolve("node_modules/@playwright/test/cli.js");
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        assertThat(cli).as("the web module's node_modules (the reactor runs npm ci in web/ before this module)")
                .isRegularFile();
        assertThat(RestAssured.given().baseUri(suite.gatewayUrl()).get("/auth/session").then().extract().statusCode())
                .as("the gateway's sign-in for the browser (GET /auth/session)").isEqualTo(200);

        Path screenshots = target.resolve("screenshots");
        Path output = target.resolve("playwright");
        Path log = target.resolve("logs/playwright.log");
        Files.createDirectories(screenshots);
        Files.createDirectories(log.getParent());

        List<String> command = new ArrayList<>(List.of(System.getProperty("madoguchi.node", "node"), cli.toString(),
                "test", "--config", web.resolve("playwright.config.ts").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(web.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("MADOGUCHI_BASE_URL", suite.gatewayUrl());
        env.put("MADOGUCHI_ISSUER", suite.issuer());
        env.put("MADOGUCHI_SCREENSHOTS", screenshots.toString());
        env.put("MADOGUCHI_E2E_OUTPUT", output.toString());
        env.put("CHROMIUM_PATH", CHROMIUM.toString());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        env.put("CI", "true");
        env.put("NO_COLOR", "1");

        Process playwright = builder.start();
        boolean finished = playwright.waitFor(LONGEST_RUN.toMinutes(), TimeUnit.MINUTES);
        if (!finished) {
            playwright.descendants().forEach(ProcessHandle::destroyForcibly);
            playwright.destroyForcibly();
        }
        String printed = read(log);
        System.out.println(printed);
        assertThat(finished).as("the Playwright specs finished within " + LONGEST_RUN + "\n" + printed).isTrue();
        assertThat(playwright.exitValue()).as("the Playwright specs passed\n" + printed).isZero();
        try (var pictures = Files.list(screenshots)) {
            assertThat(pictures.filter(p -> p.toString().endsWith(".png")).count())
                    .as("a screenshot of each page in " + screenshots).isGreaterThanOrEqualTo(30);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
