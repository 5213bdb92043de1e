package org.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's {@code chromium}, driven through its {@code
 * chromedriver} by Selenium; nothing downloads a browser): a person types a question and sees the
 * cited answer; the copy button, permalinks, did-you-mean, the "not covered" state, the brief
 * filter and the outline work; a brief full of markup shows as text and runs nothing; the page fits
 * a phone; the keyboard alone is enough.
 */
class PageTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String ITPP = "When was the ITPP signed?";

  /** A brief whose every field is markup an unescaped page would run. */
  static final String HOSTILE =
      "---\n"
          + "Id: hostile-2025-1\n"
          + "Title: Harbour <script>window.pwned = 'title'</script> notes\n"
          + "---\n\n"
          + "## Shipping <img src=x onerror=\"window.pwned = 'heading'\">\n\n"
          + "The lighthouse keepers of Zarvik counted twelve cargo ships"
          + " <img src=x onerror=\"window.pwned = 'paragraph'\"> in the harbour.\n\n"
          + "Fishing boats leave Zarvik at dawn <script>window.pwned = 'script'</script> every"
          + " day.\n\n"
          + "## Money\n\n"
          + "The harbour budget of Zarvik was <b onmouseover=\"window.pwned = 'b'\">40</b>"
          + " million euros.\n";

  /** A brief with a header of its own, so "who wrote this paper?" fits it and the bundled one. */
  static final String HARBOUR =
      "---\n"
          + "Id: harbour-2025-1\n"
          + "---\n"
          + "# Harbour notes: shipping in the Zarvik estuary\n"
          + "ZARVIK INSTITUTE BRIEF • 1/2025\n"
          + "By Mara Olsen\n"
          + "3 March 2025\n\n"
          + "## Shipping\n\n"
          + "The lighthouse keepers of Zarvik counted twelve cargo ships in the harbour.\n\n"
          + "## Money\n\n"
          + "The harbour budget of Zarvik was 40 million euros.\n";

  @TempDir static Path temp;

  static BriefIndex index;
  static WebServer server;
  static BriefIndex twoBriefs;
  static WebServer twoBriefsServer;
  static BriefIndex withHarbour;
  static WebServer withHarbourServer;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assertThat(CHROMIUM)
        .as("Debian's chromium: apt-get install -y chromium chromium-driver")
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as("Debian's chromedriver: apt-get install -y chromium chromium-driver")
        .isExecutable();
    index = BriefIndex.build(Library.bundled());
    server = WebServer.start(index, unlimited(), "127.0.0.1", 0);

    twoBriefs = bundledAnd("hostile", HOSTILE);
    twoBriefsServer = WebServer.start(twoBriefs, unlimited(), "127.0.0.1", 0);
    withHarbour = bundledAnd("harbour", HARBOUR);
    withHarbourServer = WebServer.start(withHarbour, unlimited(), "127.0.0.1", 0);

    driver = chromium(temp.resolve("profile"));
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * An index of the bundled brief and one Markdown brief, read from a file as a user's would be.
   */
  static BriefIndex bundledAnd(String name, String markdown) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    Files.writeString(folder.resolve(name + ".md"), markdown);
    List<Brief> briefs = new ArrayList<>(Library.bundled().briefs());
    briefs.addAll(Library.load(folder).briefs());
    return BriefIndex.build(Library.of(briefs));
  }

  static WebSettings unlimited() {
    return new WebSettings(Optional.empty(), WebSettings.MAX_RATE);
  }

  /**
   * Debian's Chromium through Debian's chromedriver, both named, so Selenium Manager (which would
   * download them) never runs; headless.
   */
  static ChromeDriver chromium(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(java.io.OutputStream.nullOutputStream())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (twoBriefsServer != null) twoBriefsServer.close();
    if (index != null) index.close();
    if (twoBriefs != null) twoBriefs.close();
    if (withHarbourServer != null) withHarbourServer.close();
    if (withHarbour != null) withHarbour.close();
  }

  @AfterEach
  void noScriptErrorsAndNoPolicyViolations() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      // A permalink to a missing passage is an expected 404 in the console.
      if (message.contains("404 (Not Found)") || message.contains("favicon")) continue;
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) problems.add(message);
    }
    assertThat(problems).as("console warnings and errors").isEmpty();
    assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void theReadmeQuestionShowsTheJuly2023ParagraphWithItsCitation() throws IOException {
    driver.manage().window().setSize(new Dimension(1200, 1000));
    ask(server, ITPP);

    Answer expected = index.ask(ITPP);
    assertThat(text("#lead"))
        .isEqualTo(expected.hits().get(0).sentence().text())
        .contains("July 2023");
    WebElement first = hits().get(0);
    assertThat(first.getAttribute("data-id")).isEqualTo("csds-2024-10#s1p2");
    assertThat(first.findElement(By.cssSelector(".permalink")).getText())
        .isEqualTo("§1 \"Introduction\" ¶2");
    assertThat(first.findElement(By.cssSelector("mark")).getText())
        .isEqualTo(
            "NATO even offered South Korea an Individually Tailored Partnership Programme"
                + " (ITPP), signed in July 2023.");
    assertThat(first.findElement(By.cssSelector(".passage-text")).getText())
        .isEqualTo(expected.hits().get(0).passage().text());
    assertThat(first.findElement(By.cssSelector(".reference")).getText())
        .isEqualTo(expected.hits().get(0).citation().reference());
    assertThat(hits()).hasSize(3);
    assertThat(text("#hits-heading")).isEqualTo("Cited passages");
    screenshot("answer.png");
  }

  @Test
  void theCopyButtonPutsTheCitationOnTheClipboard() {
    ask(server, ITPP);
    // Granted to the page's origin, which is known only once it is open.
    driver.setPermission("clipboard-read", "granted");
    driver.setPermission("clipboard-write", "granted");
    WebElement copy = hits().get(0).findElement(By.cssSelector("button.copy"));
    assertThat(copy.getText()).isEqualTo("Copy citation");

    copy.click();

    wait.until(ExpectedConditions.textToBePresentInElement(copy, "Copied"));
    String reference = index.ask(ITPP).hits().get(0).citation().reference();
    assertThat(copy.getAttribute("data-copied")).isEqualTo(reference);
    Object clipboard =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
    assertThat(clipboard).isEqualTo(reference);
  }

  @Test
  void aPermalinkShowsThatPassageAndCanBeOpenedDirectly() {
    ask(server, ITPP);
    hits().get(0).findElement(By.cssSelector(".permalink")).click();

    wait.until(ExpectedConditions.urlContains("/p/"));
    assertThat(driver.getCurrentUrl()).endsWith("/p/csds-2024-10%23s1p2");
    wait.until(ExpectedConditions.textToBe(By.id("passage-heading"), "§1 \"Introduction\" ¶2"));
    assertThat(driver.findElement(By.id("answer")).isDisplayed()).isFalse();
    assertThat(text("#passage-body .passage-text")).contains("signed in July 2023");
    assertThat(driver.getTitle()).isEqualTo("§1 \"Introduction\" ¶2 · briefbot");

    driver.get(server.address() + "p/csds-2024-10%23k2");
    wait.until(ExpectedConditions.textToBe(By.id("passage-heading"), "Key issues, 2"));
    driver.get(server.address() + "p/csds-2024-10%23s9p9");
    wait.until(ExpectedConditions.textToBe(By.id("passage-heading"), "Passage not found"));
    assertThat(text("#status")).startsWith("no passage has the id \"csds-2024-10#s9p9\"");
  }

  @Test
  void aMisspelledQuestionOffersDidYouMeanWhichAsksAgain() {
    ask(server, "When was the partnersip programme signed?");

    WebElement suggestion = driver.findElement(By.id("suggestion"));
    assertThat(driver.findElement(By.id("did-you-mean")).isDisplayed()).isTrue();
    assertThat(suggestion.getText()).contains("partnership");
    String corrected = suggestion.getText();

    suggestion.click();

    answered(corrected);
    assertThat(driver.findElement(By.id("question")).getAttribute("value")).isEqualTo(corrected);
    assertThat(driver.findElement(By.id("did-you-mean")).isDisplayed()).isFalse();
  }

  @Test
  void aQuestionNoBriefCoversSaysSoWithItsNote() {
    ask(server, "What did Zorblax say about Quuxland's coffee harvest?");

    assertThat(text("#lead")).isEqualTo(Answer.NOT_ADDRESSED);
    assertThat(driver.findElement(By.id("lead")).getAttribute("class")).contains("not-covered");
    assertThat(text("#note")).startsWith("No brief here mentions ").contains("Zorblax");
    if (!hits().isEmpty()) {
      assertThat(text("#hits-heading")).isEqualTo("Nearest passages (low confidence)");
    }
  }

  @Test
  void anAnswerTheLibraryIsLessSureOfCarriesTheCautionNote() throws IOException {
    // Whichever question of the bundled brief's own sets the library cautions first: the page
    // must say what the library says, whatever the fitted bar.
    List<org.briefbot.index.Evaluation.Case> cases = new ArrayList<>();
    for (String set : List.of("holdout.tsv", "paraphrase.tsv")) {
      cases.addAll(
          org.briefbot.index.Evaluation.read(
              Path.of("..", "index", "src", "test", "resources", "eval", set)));
    }
    Optional<Answer> cautioned =
        cases.stream().map(c -> index.ask(c.question())).filter(Answer::cautioned).findFirst();
    assertThat(cautioned).as("a cautioned answer among %d questions", cases.size()).isPresent();

    ask(server, cautioned.get().question());

    assertThat(text("#lead")).isEqualTo(cautioned.get().hits().get(0).sentence().text());
    assertThat(text("#note")).isEqualTo(cautioned.get().cautionNote().orElseThrow());
    assertThat(text("#hits-heading")).isEqualTo("Cited passages");
  }

  @Test
  void aQuestionAboutThePaperAskedOfTwoBriefsLeadsWithTheNoteAndEachOnesHeader() {
    ask(withHarbourServer, "Who wrote this paper?");

    Answer answer = withHarbour.ask("Who wrote this paper?");
    assertThat(text("#lead")).isEqualTo(answer.eachBriefNote().orElseThrow()).contains("2 briefs");
    assertThat(hits().subList(0, 2))
        .extracting(hit -> hit.getAttribute("data-id"))
        .containsExactlyInAnyOrder("csds-2024-10#meta", "harbour-2025-1#meta");
  }

  @Test
  void theBriefFilterAnswersFromTheChosenBriefOnly() {
    driver.get(twoBriefsServer.address().toString());
    wait.until(d -> d.findElements(By.cssSelector("#brief option")).size() == 3);
    new Select(driver.findElement(By.id("brief"))).selectByValue("hostile-2025-1");
    ask(null, "When do the fishing boats leave?");

    assertThat(hits())
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.getAttribute("data-id")).startsWith("hostile-2025-1#"));
    assertThat(driver.getCurrentUrl()).contains("brief=hostile-2025-1");
  }

  @Test
  void theOutlineListsEachBriefWithLinksToItsPassages() {
    driver.get(server.address().toString());
    WebElement outline =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outline details")));

    assertThat(outline.findElement(By.tagName("summary")).getText())
        .isEqualTo("CSDS Policy Brief 10/2024");
    assertThat(outline.getText()).contains("Ramon Pacheco Pardo").contains("Introduction");
    List<WebElement> paragraphLinks = outline.findElements(By.cssSelector(".paragraph-links a"));
    assertThat(paragraphLinks).hasSize(Library.bundled().briefs().get(0).paragraphCount());
    assertThat(paragraphLinks.get(1).getAttribute("href")).endsWith("/p/csds-2024-10%23s1p2");
  }

  /**
   * The hostile brief's markup reaches the page as characters: no element is made from it, no
   * script runs (the check after each test reads window.pwned), and the text reads as written.
   */
  @Test
  void aBriefFullOfMarkupShowsAsTextAndRunsNothing() throws IOException {
    driver.get(twoBriefsServer.address().toString());
    wait.until(d -> d.findElements(By.cssSelector("#brief option")).size() == 3);
    ask(null, "How many cargo ships did the lighthouse keepers of Zarvik count?");

    WebElement first = hits().get(0);
    assertThat(first.getAttribute("data-id")).isEqualTo("hostile-2025-1#s1p1");
    assertThat(first.findElement(By.cssSelector(".passage-text")).getText())
        .contains("<img src=x onerror=\"window.pwned = 'paragraph'\">");
    assertThat(first.findElement(By.cssSelector(".permalink")).getText())
        .contains("<img src=x onerror=\"window.pwned = 'heading'\">");
    assertThat(first.findElement(By.cssSelector(".reference")).getText())
        .contains("<script>window.pwned = 'title'</script>");
    assertThat(driver.findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
    assertThat(driver.findElement(By.id("outline")).getText())
        .contains("Harbour <script>window.pwned = 'title'</script> notes");
    screenshot("hostile-brief.png");

    // The question is echoed nowhere as markup either, and the permalink page is as safe.
    ask(null, "<img src=x onerror=\"window.pwned = 'question'\"> Zarvik budget?");
    WebElement permalink = hits().get(0).findElement(By.cssSelector(".permalink"));
    String citation = permalink.getText();
    assertThat(citation).startsWith("§");
    permalink.click();
    wait.until(ExpectedConditions.urlContains("/p/hostile-2025-1"));
    wait.until(ExpectedConditions.textToBe(By.id("passage-heading"), citation));
    assertThat(driver.findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
  }

  @Test
  void theKeyboardAloneAsksAndFollowsAPermalink() {
    driver.get(server.address().toString());
    wait.until(d -> d.findElements(By.cssSelector("#outline details")).size() == 1);

    Actions keys = new Actions(driver);
    keys.sendKeys("/").perform(); // jumps to the question
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("question");
    keys.sendKeys(ITPP).sendKeys(Keys.ENTER).perform();
    answered(ITPP);

    // Tab on from the question: the button, the brief and passage choices, the first permalink.
    WebElement focused = driver.switchTo().activeElement();
    for (int i = 0; i < 10 && !"permalink".equals(focused.getAttribute("class")); i++) {
      keys.sendKeys(Keys.TAB).perform();
      focused = driver.switchTo().activeElement();
    }
    assertThat(focused.getAttribute("class")).isEqualTo("permalink");
    keys.sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.textToBe(By.id("passage-heading"), "§1 \"Introduction\" ¶2"));
  }

  @Test
  void onAPhoneTheAnswerFitsTheScreenWidth() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      ask(server, ITPP);

      JavascriptExecutor js = driver;
      Number page = (Number) js.executeScript("return document.documentElement.scrollWidth");
      Number screen = (Number) js.executeScript("return window.innerWidth");
      assertThat(page.intValue()).isLessThanOrEqualTo(screen.intValue());
      WebElement button = driver.findElement(By.id("ask-button"));
      WebElement input = driver.findElement(By.id("question"));
      // Stacked: the button under the field, as wide as it.
      assertThat(button.getLocation().getY()).isGreaterThan(input.getLocation().getY());
      screenshot("answer-phone.png");
    } finally {
      driver.manage().window().setSize(new Dimension(1200, 1000));
    }
  }

  @Test
  void withATokenThePageAsksForItOnceAndThenAnswers() throws IOException {
    String token = "page-" + "token-" + Long.toHexString(System.nanoTime());
    try (WebServer guarded =
        WebServer.start(index, new WebSettings(Optional.of(token), 1000), "127.0.0.1", 0)) {
      driver.get(guarded.address().toString());
      WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
      field.sendKeys(token, Keys.ENTER);
      wait.until(d -> d.findElements(By.cssSelector("#outline details")).size() == 1);
      ask(null, ITPP);
      assertThat(text("#lead")).contains("July 2023");
    } finally {
      driver.executeScript("sessionStorage.clear()");
      // The guarded server's 401s are expected in this test's console; start the next clean.
      driver.manage().logs().get(LogType.BROWSER);
    }
  }

  // ---- helpers

  /**
   * Opens {@code on}'s page (unless null: the page as it is), types the question, presses Enter.
   */
  private static void ask(WebServer on, String question) {
    if (on != null) {
      driver.get(on.address().toString());
      wait.until(d -> !d.findElements(By.cssSelector("#outline details")).isEmpty());
    }
    WebElement field = driver.findElement(By.id("question"));
    field.clear();
    field.sendKeys(question, Keys.ENTER);
    answered(question);
  }

  /** Waits until the page shows the answer to {@code question}. */
  private static void answered(String question) {
    wait.until(
        d ->
            question.equals(d.findElement(By.id("answer")).getAttribute("data-question"))
                && d.findElement(By.id("answer")).isDisplayed());
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#hits li"));
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
