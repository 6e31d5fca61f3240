package dk.borgerdialog.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.CourseId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * the citizen's and staff's flows, the language toggle, axe-core on every page, and a 320 px
 * viewport. One browser and one portal for the class. Screenshots go to {@code
 * target/portal-screenshots}.
 */
class PortalBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

  private static Portal portal;
  private static ChromeDriver driver;
  private static Path profile;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    // never skipped: a missing browser fails the build, with the way to install it
    assertThat(CHROMIUM)
        .as("Chromium is required: apt-get install -y chromium chromium-driver")
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as("ChromeDriver is required: apt-get install -y chromium chromium-driver")
        .isExecutable();
    Files.createDirectories(SCREENSHOTS);
    portal = Portal.start(0, PortalApiIT.TUESDAY_10);
    profile = Files.createTempDirectory("portal-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--user-data-dir=" + profile,
        "--window-size=1024,900",
        "--lang=da-DK");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (portal != null) {
      portal.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void freshSession() {
    driver.get(url("/"));
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
    viewport(1024, 900);
  }

  @Test
  void a_citizen_moves_an_appointment_and_sees_the_change() {
    signIn("jonas");
    WebElement move =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.move")));
    String appointment =
        move.findElement(By.xpath("ancestor::*[@data-appointment]"))
            .getAttribute("data-appointment");
    move.click();
    WebElement slot =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".move-form input[type=radio]")));
    String slotText = slot.findElement(By.xpath("..")).getText();
    screenshot("citizen-move");
    driver.findElement(By.cssSelector(".move-form button[type=submit]")).click();

    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    String when = slotText.split(" · ")[0];
    assertThat(status.getText()).startsWith("Din aftale er flyttet til").contains(when);
    assertThat(driver.findElement(By.id("main")).getText()).contains(when);
    assertThat(driver.findElements(By.cssSelector("[data-appointment='" + appointment + "']")))
        .isEmpty();

    CitizenOverview overview = overviewOf("jonas");
    assertThat(overview.upcoming())
        .noneMatch(u -> u.appointment().id().toString().equals(appointment))
        .anyMatch(u -> appointment.equals(String.valueOf(u.appointment().replaces())));
  }

  @Test
  void a_citizen_cancels_with_a_reason() {
    signIn("karen");
    WebElement cancel =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.cancel")));
    String appointment =
        cancel
            .findElement(By.xpath("ancestor::*[@data-appointment]"))
            .getAttribute("data-appointment");
    cancel.click();
    WebElement reason =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cancel-form select")));
    new Select(reason).selectByValue("HOSPITALISED");
    driver
        .findElement(By.cssSelector(".cancel-form textarea"))
        .sendKeys("Indlagt på Frederiksberg Hospital");
    screenshot("citizen-cancel");
    driver.findElement(By.cssSelector(".cancel-form button[type=submit]")).click();

    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(status.getText()).contains("er aflyst");
    assertThat(driver.findElements(By.cssSelector("[data-appointment='" + appointment + "']")))
        .isEmpty();

    assertThat(overviewOf("karen").upcoming())
        .noneMatch(u -> u.appointment().id().toString().equals(appointment));
  }

  @Test
  void staff_record_attendance() {
    signIn("ali");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
    screenshot("staff-today");
    WebElement attended = driver.findElement(By.cssSelector("button.mark-attended"));
    String appointment =
        attended
            .findElement(By.xpath("ancestor::*[@data-appointment]"))
            .getAttribute("data-appointment");
    attended.click();
    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(status.getText()).startsWith("Registreret:").contains("mødte");
    WebElement card =
        driver.findElement(By.cssSelector("[data-appointment='" + appointment + "']"));
    assertThat(card.getText()).contains("Mødt");
    assertThat(card.findElements(By.cssSelector("button.mark-attended"))).isEmpty();
  }

  @Test
  void the_language_toggle_switches_between_danish_and_english() {
    signIn("jonas");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card.next")));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
    assertThat(driver.findElement(By.id("nav-plan")).getText()).contains("Min planlægning");
    assertThat(driver.findElement(By.cssSelector("#main h1")).getText())
        .isEqualTo("Min planlægning");

    driver.findElement(By.id("lang-toggle")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "My plan"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(driver.findElement(By.cssSelector(".card.next h2")).getText())
        .isEqualTo("Your next appointment");
    assertThat(driver.findElement(By.id("lang-toggle")).getText()).isEqualTo("Dansk");
    screenshot("citizen-plan-en");

    driver.navigate().refresh(); // the choice is kept
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "My plan"));
    driver.findElement(By.id("lang-toggle")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "Min planlægning"));
  }

  @Test
  void staff_book_an_appointment_and_the_citizen_sees_it_in_min_planlaegning() {
    signIn("ali");
    open("citizens");
    new Select(driver.findElement(By.id("citizen"))).selectByVisibleText("Jonas Berg");
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("book")));
    new Select(driver.findElement(By.id("book-course"))).selectByVisibleText("Samtaleforløb");
    new Select(driver.findElement(By.id("book-contact"))).selectByVisibleText("Ali Hassan");
    JavascriptExecutor js = driver;
    js.executeScript(
        "arguments[0].value = '2026-12-01T15:30'; arguments[1].value = '2026-12-01T16:15';",
        driver.findElement(By.id("book-start")),
        driver.findElement(By.id("book-end")));
    new Select(driver.findElement(By.id("book-mode"))).selectByValue("in_person");
    driver.findElement(By.id("book-address")).sendKeys("Borgercenter Nord, Rentemestervej 2");
    List<String> problems = new ArrayList<>(axe("staff citizens, booking"));
    screenshot("staff-book");
    form.findElement(By.id("book-submit")).click();

    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(status.getText()).startsWith("Aftalen er booket").contains("1. december");
    // the course view: the plan items to revise, the state and the material to release
    assertThat(driver.findElements(By.cssSelector("[data-plan-item]"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("button.pause-course"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("button.release-item"))).isNotEmpty();
    problems.addAll(axe("staff citizens, booked"));
    open("reminders");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("policy")));
    problems.addAll(axe("staff reminders"));

    String booked =
        overviewOf("jonas").upcoming().stream()
            .map(u -> u.appointment())
            .filter(a -> a.start().equals(java.time.Instant.parse("2026-12-01T14:30:00Z")))
            .filter(a -> a.mode().toString().contains("Rentemestervej 2"))
            .findFirst()
            .orElseThrow()
            .id()
            .toString();
    driver.manage().deleteAllCookies();
    signIn("jonas");
    WebElement card =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-appointment='" + booked + "']")));
    assertThat(card.getText()).contains("1. december kl. 15.30").contains("Rentemestervej 2");
    assertThat(driver.findElement(By.cssSelector("#main h1")).getText())
        .isEqualTo("Min planlægning");
    assertThat(problems).isEmpty();
  }

  @Test
  void the_activity_coordinator_publishes_an_activity_and_sees_its_sign_up_list() {
    signIn("bent");
    open("activities");
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish")));
    new Select(driver.findElement(By.id("act-organiser")))
        .selectByVisibleText("Ældre Sagen Frederiksberg");
    driver.findElement(By.id("act-title")).sendKeys("Kortspil om tirsdagen");
    driver.findElement(By.id("act-description")).sendKeys("Vi spiller whist og drikker kaffe.");
    driver.findElement(By.id("act-interests")).sendKeys("food");
    driver.findElement(By.id("act-address")).sendKeys("Roskildevej 30, 2000 Frederiksberg");
    driver.findElement(By.id("act-district")).sendKeys("Frederiksberg");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = '2026-12-01T14:00';", driver.findElement(By.id("act-start")));
    new Select(driver.findElement(By.id("act-frequency"))).selectByValue("WEEKLY");
    List<String> problems = new ArrayList<>(axe("staff activities"));
    form.findElement(By.id("act-submit")).click();

    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(status.getText()).contains("Kortspil om tirsdagen").contains("offentliggjort");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//ul[@id='published']/li[.//strong[text()='Kortspil om tirsdagen']]"
                        + "//button[contains(@class,'show-signups')]")))
        .click();
    WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signups")));
    assertThat(list.getText()).contains("Ingen er tilmeldt endnu");
    problems.addAll(axe("staff activities, sign-up list"));
    screenshot("staff-activities");

    DemoPerson karen = portal.directory().person("karen").orElseThrow();
    assertThat(
            portal
                .dialog()
                .as(karen.actor(AssuranceLevel.SUBSTANTIAL))
                .network()
                .search(
                    new CitizenId(karen.id()),
                    dk.borgerdialog.network.application.ActivityQuery.upcoming().text("Kortspil"))
                .occurrences())
        .extracting(o -> o.activity().title())
        .contains("Kortspil om tirsdagen");
    assertThat(problems).isEmpty();
  }

  @Test
  void axe_finds_no_serious_or_critical_violation_on_any_page() {
    List<String> problems = new ArrayList<>();
    driver.get(url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-jonas")));
    screenshot("sign-in");
    problems.addAll(axe("sign-in"));
    signIn("jonas");
    for (String section : List.of("plan", "contacts", "notifications", "settings")) {
      open(section);
      problems.addAll(axe("citizen " + section));
    }
    screenshot("citizen-settings");
    open("plan");
    driver.findElement(By.cssSelector("button.move")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".move-form, [id^=panel-] .note")));
    problems.addAll(axe("citizen plan, moving"));
    driver.manage().deleteAllCookies();
    signIn("birgitte");
    for (String section :
        List.of(
            "today",
            "inbox",
            "slots",
            "insights",
            "responses",
            "progress",
            "citizens",
            "reminders",
            "activities")) {
      open(section);
      problems.addAll(axe("staff " + section));
      if (List.of("insights", "responses", "progress").contains(section)) {
        screenshot("staff-" + section);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void nothing_scrolls_sideways_at_320_px() {
    viewport(320, 640);
    driver.get(url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-jonas")));
    List<String> wide = new ArrayList<>();
    check320("sign-in", wide);
    signIn("jonas");
    for (String section : List.of("plan", "contacts", "notifications", "settings")) {
      open(section);
      check320("citizen " + section, wide);
    }
    open("contacts");
    // a thread Jonas has read already: the unread badges stay as the other flows expect them
    threadCard("Busbillet").findElement(By.cssSelector("button.open-thread")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
    check320("citizen contacts, a thread", wide);
    screenshot("citizen-thread-320");
    driver.findElement(By.id("back")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("threads")));
    open("plan");
    screenshot("citizen-plan-320");
    driver.manage().deleteAllCookies();
    signIn("birgitte");
    for (String section :
        List.of(
            "today",
            "inbox",
            "slots",
            "insights",
            "responses",
            "progress",
            "citizens",
            "reminders",
            "activities")) {
      open(section);
      check320("staff " + section, wide);
    }
    driver.manage().deleteAllCookies();
    signIn("anna");
    check320("relative plan", wide);
    assertThat(wide).isEmpty();
  }

  @Test
  void the_keyboard_reaches_the_sections_and_focus_is_visible() {
    signIn("jonas");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card.next")));
    WebElement nav = driver.findElement(By.id("nav-settings"));
    nav.sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "Indstillinger"));
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Indstillinger");
    driver.findElement(By.id("phone")).click();
    String outline =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
    assertThat(outline).isEqualTo("solid 3px");
  }

  @Test
  void a_citizen_searches_and_signs_up_for_an_activity_and_sees_it_signed_up() {
    signIn("karen");
    open("network");
    List<String> problems = new ArrayList<>(axe("citizen network"));
    assertThat(driver.findElement(By.id("suggestions")).getText())
        .contains("Torsdagsfrokost i seniorcentret")
        .contains("Foreslået af Mads Nielsen");
    driver.findElement(By.id("net-text")).sendKeys("gåtur");
    driver.findElement(By.id("net-find")).click();
    // the list is replaced when the results come: wait for a non-empty list of walks only
    wait.until(
        d -> {
          List<WebElement> found = d.findElements(By.cssSelector("#results > li"));
          return d.findElement(By.id("main")).getAttribute("aria-busy") == null
              && !found.isEmpty()
              && found.stream().allMatch(li -> li.getText().contains("Morgengåtur"));
        });
    WebElement card = driver.findElement(By.cssSelector("#results > li"));
    String start = card.getAttribute("data-start");
    String activity = card.getAttribute("data-activity");
    problems.addAll(axe("citizen network, search results"));
    card.findElement(By.cssSelector("button.sign-up")).click();

    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(status.getText()).isEqualTo("Du er tilmeldt Morgengåtur i Frederiksberg Have.");
    WebElement signed =
        driver.findElement(
            By.cssSelector("[data-activity='" + activity + "'][data-start='" + start + "']"));
    assertThat(signed.findElement(By.cssSelector(".signed")).getText()).isEqualTo("Du er tilmeldt");
    assertThat(signed.findElements(By.cssSelector("button.leave"))).hasSize(1);
    assertThat(signed.findElement(By.cssSelector("a.ics")).getAttribute("href"))
        .contains("/activities/" + activity + "/ics?start=");
    screenshot("citizen-network");
    problems.addAll(axe("citizen network, signed up"));

    DemoPerson karen = portal.directory().person("karen").orElseThrow();
    assertThat(
            portal
                .dialog()
                .as(karen.actor(AssuranceLevel.SUBSTANTIAL))
                .network()
                .signupsFor(new CitizenId(karen.id())))
        .anyMatch(
            s ->
                s.activity().toString().equals(activity)
                    && s.status() == dk.borgerdialog.network.model.SignupStatus.SEATED
                    && java.time.OffsetDateTime.parse(start).toInstant().equals(s.occurrence()));
    assertThat(problems).isEmpty();
  }

  @Test
  void a_citizen_opens_material_and_marks_it_understood() {
    signIn("jonas");
    open("material");
    List<String> problems = new ArrayList<>(axe("citizen material"));
    WebElement video =
        driver.findElements(By.cssSelector("[data-item]")).stream()
            .filter(li -> li.getText().contains("Vis Vej"))
            .findFirst()
            .orElseThrow();
    String item = video.getAttribute("data-item");
    String course = video.findElement(By.xpath("..")).getAttribute("data-course");
    int before = viewsOf("jonas", course, item);
    video.findElement(By.cssSelector("button.open")).click();
    WebElement player =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-item='" + item + "'] video")));
    assertThat(player.findElement(By.cssSelector("track")).getAttribute("kind"))
        .isEqualTo("captions");
    assertThat(driver.findElement(By.id("transcript-" + item)).getText()).contains("bus 5C");
    assertThat(video.findElement(By.cssSelector(".progress")).getText())
        .isEqualTo(before == 0 ? "Set 1 gang" : "Set " + (before + 1) + " gange");
    assertThat(viewsOf("jonas", course, item)).isEqualTo(before + 1);
    problems.addAll(axe("citizen material, video open"));

    WebElement text =
        driver.findElements(By.cssSelector("[data-item]")).stream()
            .filter(li -> li.getText().startsWith("Velkommen"))
            .findFirst()
            .orElseThrow();
    text.findElement(By.cssSelector("button.open")).click();
    WebElement strong =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-item] .markdown strong")));
    assertThat(strong.getText()).isEqualTo("samme faste personer");
    screenshot("citizen-material");
    problems.addAll(axe("citizen material, text open"));

    driver.findElement(By.cssSelector("[data-item='" + item + "'] button.understood")).click();
    WebElement status =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(status.getText()).contains("er markeret som forstået");
    WebElement after = driver.findElement(By.cssSelector("[data-item='" + item + "']"));
    assertThat(after.findElement(By.cssSelector(".progress")).getText()).endsWith(" · Forstået");
    assertThat(after.findElements(By.cssSelector("button.understood"))).isEmpty();
    problems.addAll(axe("citizen material, understood"));

    DemoPerson jonas = portal.directory().person("jonas").orElseThrow();
    assertThat(
            portal
                .dialog()
                .as(jonas.actor(AssuranceLevel.SUBSTANTIAL))
                .material()
                .released(new CourseId(java.util.UUID.fromString(course))))
        .anyMatch(
            r ->
                r.item().toString().equals(item)
                    && r.progress().understoodAt() != null
                    && r.progress().views() == before + 1);
    assertThat(problems).isEmpty();
  }

  @Test
  void the_new_sections_fit_320_px_and_axe_finds_nothing_on_the_calendar_feed() {
    viewport(320, 640);
    List<String> wide = new ArrayList<>();
    signIn("karen");
    open("network");
    check320("citizen network", wide);
    screenshot("citizen-network-320");
    open("plan");
    assertThat(driver.findElements(By.cssSelector(".card.next a.ics"))).hasSize(1);
    open("settings");
    driver.findElement(By.id("feed-issue")).click();
    WebElement url = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-url")));
    assertThat(url.getAttribute("value")).startsWith("webcal://").contains("/api/calendar-feeds/");
    check320("citizen settings, feed issued", wide);
    List<String> problems = new ArrayList<>(axe("citizen settings, feed issued"));
    driver.findElement(By.id("feed-revoke")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(driver.findElements(By.id("feed-url"))).isEmpty();

    driver.manage().deleteAllCookies();
    signIn("jonas");
    open("material");
    driver.findElements(By.cssSelector("[data-item] button.open")).forEach(WebElement::click);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-item] video")));
    check320("citizen material, all open", wide);
    screenshot("citizen-material-320");
    assertThat(wide).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void a_citizen_writes_to_the_unit_inbox_and_staff_see_it_unread_and_answer() {
    signIn("jonas");
    // the keyboard reaches the new section, and focus lands on its heading
    driver.findElement(By.id("nav-contacts")).sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "Mine kontakter"));
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Mine kontakter");
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    assertThat(driver.findElement(By.id("team")).getText())
        .contains("Ali Hassan")
        .contains("Kontaktperson")
        .contains("telefontid Man–tor kl. 9–15")
        .contains("inden for 24 timer")
        .doesNotContain("rusmiddel");
    assertThat(driver.findElement(By.cssSelector("#badge-contacts [aria-hidden]")).getText())
        .isEqualTo("1");
    screenshot("citizen-contacts");
    List<String> problems = new ArrayList<>(axe("citizen contacts"));

    String subject = "Spørgsmål til næste samtale";
    String body = "Hej. Skal jeg tage noget med til samtalen på onsdag?";
    new Select(driver.findElement(By.id("compose-to")))
        .selectByVisibleText("Borgercenter Nord (fælles indbakke)");
    driver.findElement(By.id("compose-subject")).sendKeys(subject);
    driver.findElement(By.id("compose-body")).sendKeys(body);
    driver.findElement(By.id("compose-send")).click();
    WebElement sent =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
    assertThat(sent.getText()).isEqualTo("Din besked er sendt.");
    assertThat(driver.findElement(By.cssSelector("#main h1")).getText()).isEqualTo(subject);
    WebElement mine = driver.findElement(By.cssSelector("#messages .message.mine"));
    assertThat(mine.getText()).contains(body).contains("Dig");
    assertThat(mine.findElements(By.cssSelector("button.withdraw"))).hasSize(1);
    problems.addAll(axe("citizen contacts, a thread"));

    driver.manage().deleteAllCookies();
    signIn("ali");
    open("inbox");
    WebElement card = inboxCard(subject);
    assertThat(card.findElement(By.cssSelector(".badge.unread [aria-hidden]")).getText())
        .isEqualTo("1");
    assertThat(card.getText()).contains("Jonas Berg").contains("Ubesvaret");
    // Mikkel's unanswered message of two days ago, and this one
    assertThat(driver.findElement(By.cssSelector("#badge-inbox [aria-hidden]")).getText())
        .isEqualTo("2");
    screenshot("staff-inbox");
    problems.addAll(axe("staff inbox"));
    card.findElement(By.cssSelector("button.open-thread")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), subject));
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    assertThat(driver.findElement(By.id("messages")).getText()).contains(body);
    String ali = portal.directory().person("ali").orElseThrow().id().toString();
    new Select(driver.findElement(By.id("assignee"))).selectByValue(ali);
    driver.findElement(By.id("assign-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Ali Hassan"));
    String answer = "Hej Jonas. Tag gerne dit sundhedskort med. Vi ses onsdag.";
    driver.findElement(By.id("reply-body")).sendKeys(answer);
    driver.findElement(By.id("reply-send")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Dit svar er sendt."));
    assertThat(driver.findElement(By.id("messages")).getText()).contains(answer);
    screenshot("staff-thread");
    problems.addAll(axe("staff inbox, a thread"));

    driver.manage().deleteAllCookies();
    signIn("jonas");
    open("contacts");
    WebElement thread = threadCard(subject);
    assertThat(thread.findElement(By.cssSelector(".badge.unread [aria-hidden]")).getText())
        .isEqualTo("1");
    assertThat(thread.getText()).contains("Besvaret");
    thread.findElement(By.cssSelector("button.open-thread")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), subject));
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    WebElement newest = driver.findElement(By.cssSelector("#messages .message"));
    assertThat(newest.getText()).contains("Ali Hassan").contains(answer);
    screenshot("citizen-thread");
    assertThat(problems).isEmpty();
  }

  @Test
  void a_relative_with_read_only_scope_sees_the_plan_but_cannot_cancel() {
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card.next")));
    assertThat(driver.findElement(By.id("acting-for")).getText())
        .startsWith("Du handler for Karen Holm.")
        .contains("se din planlægning");
    assertThat(driver.findElement(By.cssSelector("#main h1")).getText())
        .isEqualTo("Min planlægning");
    // the plan, and her own page
    assertThat(driver.findElements(By.cssSelector("nav.sections a"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("button.cancel, button.move"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".card.next")).getText())
        .contains("Du kan se aftalen, men ikke flytte eller aflyse den.");
    screenshot("relative-plan");
    List<String> problems = new ArrayList<>(axe("relative plan"));

    // and the API refuses, should a page offer it anyway
    String appointment =
        driver.findElement(By.cssSelector(".card.next")).getAttribute("data-appointment");
    long version =
        overviewOf("karen").upcoming().stream()
            .filter(u -> u.appointment().id().toString().equals(appointment))
            .findFirst()
            .orElseThrow()
            .appointment()
            .version();
    Object answer =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/appointments/' + arguments[0] + '/cancel', {method: 'POST',"
                    + " headers: {'Content-Type': 'application/json'},"
                    + " body: JSON.stringify({version: arguments[1], reason: 'HOSPITALISED'})})"
                    + ".then(r => r.json().then(j => done([r.status, r.headers.get('Content-Type'), j.type])))"
                    + ".catch(e => done(['failed', String(e)]));",
                appointment,
                version);
    List<Object> refusal = new ArrayList<>((List<?>) answer);
    assertThat(refusal)
        .containsExactly(
            403L, "application/problem+json", "urn:borgerdialog:problem:access-denied");
    assertThat(overviewOf("karen").upcoming())
        .anyMatch(u -> u.appointment().id().toString().equals(appointment));
    assertThat(problems).isEmpty();
  }

  @Test
  void a_citizen_gives_a_relative_access_in_the_settings_and_takes_it_away() {
    signIn("karen");
    open("settings");
    WebElement grants = driver.findElement(By.id("grants"));
    assertThat(grants.getText()).contains("Anna Holm").contains("Datter").contains("Har adgang");
    driver.findElement(By.cssSelector("#grant-details summary")).click();
    driver.findElement(By.id("rel-name")).sendKeys("Peter Holm");
    driver.findElement(By.id("rel-relation")).sendKeys("Søn");
    driver.findElement(By.cssSelector("input[name=scope][value=MANAGE_APPOINTMENTS]")).click();
    driver.findElement(By.id("grant-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Peter Holm har nu adgang."));
    WebElement peter = grantCard("Peter Holm");
    assertThat(peter.getText())
        .contains("Har adgang")
        .contains("se din planlægning, flytte og aflyse dine aftaler")
        .contains("Uden slutdato");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("rel-heading")));
    screenshot("citizen-relatives");
    List<String> problems = new ArrayList<>(axe("citizen settings, relatives"));
    peter.findElement(By.cssSelector("button.revoke")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Peter Holm har ikke længere adgang."));
    assertThat(grantCard("Peter Holm").getText()).contains("Ophørt");
    assertThat(grantCard("Peter Holm").findElements(By.cssSelector("button.revoke"))).isEmpty();
    assertThat(grantCard("Anna Holm").getText()).contains("Har adgang");
    assertThat(problems).isEmpty();
  }

  @Test
  void a_citizen_sends_ali_a_file_and_ali_downloads_it_from_his_own_inbox() throws IOException {
    signIn("jonas");
    open("contacts");
    String subject = "Min lægeerklæring";
    byte[] pdf = "%PDF-1.4\n% lægeerklæring til Ali\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.createTempDirectory("portal-upload-").resolve("Lægeerklæring marts.pdf");
    Files.write(file, pdf);
    new Select(driver.findElement(By.id("compose-to")))
        .selectByVisibleText("Ali Hassan (Kontaktperson)");
    driver.findElement(By.id("compose-subject")).sendKeys(subject);
    driver.findElement(By.id("compose-body")).sendKeys("Hej Ali. Her er erklæringen.");
    assertThat(driver.findElement(By.id("compose-files-hint")).getText())
        .isEqualTo(
            "Højst 5 filer på op til 10 MB hver: PDF, billeder (JPEG, PNG, HEIC) eller tekst.");
    driver.findElement(By.id("compose-files")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("compose-send")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Din besked er sendt."));
    WebElement link =
        driver.findElement(By.cssSelector("#messages .message.mine ul.attachments a.attachment"));
    assertThat(link.getText()).isEqualTo("Lægeerklæring marts.pdf");
    List<String> problems = new ArrayList<>(axe("citizen thread with an attachment"));

    driver.manage().deleteAllCookies();
    signIn("ali");
    open("personal");
    assertThat(driver.findElement(By.cssSelector("#badge-personal [aria-hidden]")).getText())
        .isNotEmpty();
    WebElement card =
        driver.findElements(By.cssSelector("#personal-threads > li")).stream()
            .filter(li -> li.findElement(By.tagName("h2")).getText().startsWith(subject))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no thread " + subject + " in Ali's inbox"));
    assertThat(card.findElement(By.cssSelector(".badge.unread [aria-hidden]")).getText())
        .isEqualTo("1");
    screenshot("staff-personal-inbox");
    problems.addAll(axe("staff own inbox"));
    card.findElement(By.cssSelector("button.open-thread")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), subject));
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    WebElement download = driver.findElement(By.cssSelector("#messages a.attachment"));
    assertThat(download.getText()).isEqualTo("Lægeerklæring marts.pdf");
    assertThat(download.getAttribute("download")).isNotNull();
    // what the link gives Ali, byte for byte, with the name only in the header
    List<?> got =
        (List<?>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
                        + " r.headers.get('Content-Disposition'),"
                        + " Array.from(new Uint8Array(b)).join(',')])))"
                        + ".catch(e => done(['failed', String(e)]));",
                    download.getAttribute("href"));
    assertThat(got.get(0)).isEqualTo(200L);
    assertThat((String) got.get(1))
        .startsWith("attachment; filename=\"L_geerkl_ring marts.pdf\"")
        .contains("filename*=UTF-8''L%C3%A6geerkl%C3%A6ring%20marts.pdf");
    StringBuilder expected = new StringBuilder();
    for (byte b : pdf) {
      expected.append(expected.length() == 0 ? "" : ",").append(b & 0xff);
    }
    assertThat(got.get(2)).isEqualTo(expected.toString());
    problems.addAll(axe("staff own inbox, a thread with an attachment"));

    // the auto-reply on the same page, at 320 px
    driver.findElement(By.id("back")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("away")));
    viewport(320, 640);
    driver
        .findElement(By.id("away-text"))
        .sendKeys("Jeg er på kursus. Skriv til Mette, hvis det haster.");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = '2026-11-27'", driver.findElement(By.id("away-until")));
    new Select(driver.findElement(By.id("away-substitute"))).selectByVisibleText("Mette Sørensen");
    driver.findElement(By.id("away-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Autosvaret er slået til til og med"));
    assertThat(driver.findElement(By.id("away-current")).getText()).contains("27. november");
    List<String> wide = new ArrayList<>();
    check320("staff own inbox with auto-reply", wide);
    problems.addAll(axe("staff own inbox, auto-reply on"));
    driver.findElement(By.id("away-clear")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Autosvaret er slået fra."));
    assertThat(wide).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void a_relative_added_in_the_settings_signs_in_and_sees_only_what_she_was_given() {
    signIn("karen");
    open("settings");
    driver.findElement(By.cssSelector("#grant-details summary")).click();
    driver.findElement(By.id("rel-name")).sendKeys("Sofie Holm");
    driver.findElement(By.id("rel-relation")).sendKeys("Barnebarn");
    driver.findElement(By.cssSelector("input[name=scope][value=READ_PLAN]")).click();
    driver.findElement(By.cssSelector("input[name=scope][value=READ_MESSAGES]")).click();
    driver.findElement(By.id("grant-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Sofie Holm har nu adgang."));

    driver.manage().deleteAllCookies();
    driver.get(url("/"));
    WebElement person =
        wait.until(
            d ->
                d.findElements(By.cssSelector("ul.people > li")).stream()
                    .filter(li -> li.findElement(By.tagName("h3")).getText().equals("Sofie Holm"))
                    .findFirst()
                    .orElse(null));
    assertThat(person.getText()).contains("Pårørende (Barnebarn) til Karen Holm");
    person.findElement(By.tagName("button")).click();
    signedIn();
    assertThat(driver.findElement(By.id("acting-for")).getText())
        .startsWith("Du handler for Karen Holm.")
        .contains("læse dine beskeder")
        .doesNotContain("se din planlægning");
    List<String> sections =
        driver.findElements(By.cssSelector("nav.sections a")).stream()
            .map(a -> a.getAttribute("id"))
            .toList();
    assertThat(sections).containsExactly("nav-contacts", "nav-mine");
    assertThat(driver.findElement(By.cssSelector("#main h1")).getText())
        .isEqualTo("Mine kontakter");

    open("mine");
    viewport(320, 640);
    assertThat(driver.findElement(By.id("mine-grants")).getText())
        .contains("Karen Holm")
        .contains("Barnebarn")
        .contains("læse dine beskeder")
        .contains("Har adgang");
    List<String> wide = new ArrayList<>();
    check320("relative's own page", wide);
    screenshot("relative-mine-320");
    List<String> problems = new ArrayList<>(axe("relative's own page"));
    new Select(driver.findElement(By.id("mine-language"))).selectByValue("EN");
    driver.findElement(By.cssSelector("input[name=mine-channel][value=EMAIL]")).click();
    driver.findElement(By.id("mine-save")).click();
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.error")));
    assertThat(error.getText()).contains("email");
    driver.findElement(By.id("mine-email")).sendKeys("sofie@example.dk");
    driver.findElement(By.id("mine-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#status.ok"), "Dine oplysninger er gemt."));
    assertThat(driver.findElement(By.id("mine-email")).getAttribute("value"))
        .isEqualTo("sofie@example.dk");
    assertThat(
            new Select(driver.findElement(By.id("mine-language")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("EN");
    problems.addAll(axe("relative's own page, saved"));
    assertThat(wide).isEmpty();
    assertThat(problems).isEmpty();
  }

  private static WebElement inboxCard(String subject) {
    return driver.findElements(By.cssSelector("#inbox > li")).stream()
        .filter(li -> li.findElement(By.tagName("h2")).getText().startsWith(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no thread " + subject + " in the inbox"));
  }

  private static WebElement threadCard(String subject) {
    return driver.findElements(By.cssSelector("#threads > li")).stream()
        .filter(li -> li.findElement(By.tagName("h3")).getText().startsWith(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no thread " + subject));
  }

  private static WebElement grantCard(String name) {
    return driver.findElements(By.cssSelector("#grants > li")).stream()
        .filter(li -> li.findElement(By.tagName("h3")).getText().startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no grant for " + name));
  }

  // ---- helpers

  private static String url(String path) {
    return "http://localhost:" + portal.port() + path;
  }

  private static void signIn(String person) {
    driver.get(url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-" + person))).click();
    signedIn();
  }

  /** Waits until the sign-in page has given way to the signed-in person's page, drawn. */
  private static void signedIn() {
    // the picker page has a heading of its own: wait for the page to change first
    wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#main h1")));
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
  }

  private static void open(String section) {
    driver.get(driver.getCurrentUrl().replaceAll("#.*$", "") + "#" + section);
    wait.until(ExpectedConditions.attributeToBe(By.id("nav-" + section), "aria-current", "page"));
    wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
  }

  private static List<String> axe(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    assertThat(results.isErrored()).as("axe ran on " + page).isFalse();
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        found.add(
            page
                + ": "
                + rule.getId()
                + " ("
                + rule.getImpact()
                + ") "
                + rule.getHelp()
                + " on "
                + rule.getNodes().size()
                + " elements");
      }
    }
    return found;
  }

  private static void check320(String page, List<String> wide) {
    Map<?, ?> size =
        (Map<?, ?>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, inner: window.innerWidth};");
    long scroll = ((Number) size.get("scroll")).longValue();
    long client = ((Number) size.get("client")).longValue();
    assertThat(((Number) size.get("inner")).longValue())
        .as("the viewport is 320 px")
        .isEqualTo(320);
    if (scroll > client) {
      wide.add(page + ": " + scroll + " px wide in " + client);
    }
  }

  private static void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private static void screenshot(String name) {
    try {
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int viewsOf(String key, String course, String item) {
    DemoPerson person = portal.directory().person(key).orElseThrow();
    return portal
        .dialog()
        .as(person.actor(AssuranceLevel.SUBSTANTIAL))
        .material()
        .released(new CourseId(java.util.UUID.fromString(course)))
        .stream()
        .filter(r -> r.item().toString().equals(item))
        .findFirst()
        .orElseThrow()
        .progress()
        .views();
  }

  private static CitizenOverview overviewOf(String key) {
    DemoPerson person = portal.directory().person(key).orElseThrow();
    assertThat(person.kind()).isEqualTo(ActorKind.CITIZEN);
    return portal
        .dialog()
        .as(person.actor(AssuranceLevel.SUBSTANTIAL))
        .plan()
        .overview(new CitizenId(person.id()), 50);
  }
}
