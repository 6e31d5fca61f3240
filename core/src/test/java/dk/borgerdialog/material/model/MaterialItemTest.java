package dk.borgerdialog.material.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.plan.model.CourseId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialItemTest {
  private static final URI VIDEO = URI.create("https://video.kk.dk/visvej/1.mp4");
  private static final URI CAPTIONS = URI.create("https://video.kk.dk/visvej/1.vtt");

  private static MaterialItem item(
      MaterialKind kind, @Nullable Duration duration, MaterialVariant... variants) {
    return new MaterialItem(
        MaterialItemId.random(),
        MaterialAttachment.course(CourseId.random()),
        kind,
        duration,
        List.of(variants),
        ReleaseRule.atStart(),
        Instant.parse("2026-03-26T09:00:00Z"),
        0);
  }

  private static String fieldOf(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.field();
    }
    throw new AssertionError("no InvalidInputException");
  }

  @Test
  void a_video_needs_captions_or_a_transcript() {
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.VIDEO,
                        Duration.ofMinutes(2),
                        MaterialVariant.video(Language.DA, "Vis Vej", VIDEO, null, null))))
        .isEqualTo("captions");
    assertThat(
            item(
                    MaterialKind.VIDEO,
                    Duration.ofMinutes(2),
                    MaterialVariant.video(Language.DA, "Vis Vej", VIDEO, CAPTIONS, null))
                .duration())
        .isEqualTo(Duration.ofMinutes(2));
    assertThat(
            item(
                    MaterialKind.VIDEO,
                    Duration.ofMinutes(2),
                    MaterialVariant.video(Language.DA, "Vis Vej", VIDEO, null, "Gå til venstre."))
                .in(Language.DA)
                .transcript())
        .isEqualTo("Gå til venstre.");
  }

  @Test
  void every_variant_of_a_video_needs_captions_or_a_transcript() {
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.VIDEO,
                        Duration.ofMinutes(2),
                        MaterialVariant.video(Language.DA, "Vis Vej", VIDEO, CAPTIONS, null),
                        MaterialVariant.video(Language.EN, "Show the way", VIDEO, null, null))))
        .isEqualTo("captions");
  }

  @Test
  void a_video_needs_a_positive_duration_and_others_have_none() {
    MaterialVariant video = MaterialVariant.video(Language.DA, "Vis Vej", VIDEO, CAPTIONS, null);
    assertThat(fieldOf(() -> item(MaterialKind.VIDEO, null, video))).isEqualTo("duration");
    assertThat(fieldOf(() -> item(MaterialKind.VIDEO, Duration.ZERO, video))).isEqualTo("duration");
    assertThat(fieldOf(() -> item(MaterialKind.VIDEO, Duration.ofHours(11), video)))
        .isEqualTo("duration");
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.TEXT,
                        Duration.ofMinutes(1),
                        MaterialVariant.text(Language.DA, "Tekst", "Indhold"))))
        .isEqualTo("duration");
  }

  @Test
  void danish_is_required_and_each_language_once() {
    assertThat(
            fieldOf(
                () -> item(MaterialKind.TEXT, null, MaterialVariant.text(Language.EN, "T", "B"))))
        .isEqualTo("variants");
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.TEXT,
                        null,
                        MaterialVariant.text(Language.DA, "T", "B"),
                        MaterialVariant.text(Language.DA, "T2", "B2"))))
        .isEqualTo("variants");
    assertThat(fieldOf(() -> item(MaterialKind.TEXT, null))).isEqualTo("variants");
  }

  @Test
  void the_parts_must_fit_the_kind() {
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.TEXT,
                        null,
                        MaterialVariant.link(Language.DA, "Link", VIDEO, null))))
        .isEqualTo("body");
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.LINK,
                        null,
                        MaterialVariant.text(Language.DA, "Tekst", "Indhold"))))
        .isEqualTo("url");
    assertThat(
            fieldOf(
                () ->
                    item(
                        MaterialKind.LINK,
                        null,
                        MaterialVariant.video(Language.DA, "Video", VIDEO, CAPTIONS, null))))
        .isEqualTo("captions");
  }

  @Test
  void the_citizens_language_falls_back_to_danish() {
    MaterialItem danishOnly =
        item(MaterialKind.TEXT, null, MaterialVariant.text(Language.DA, "Velkommen", "Hej"));
    MaterialItem both =
        item(
            MaterialKind.TEXT,
            null,
            MaterialVariant.text(Language.EN, "Welcome", "Hello"),
            MaterialVariant.text(Language.DA, "Velkommen", "Hej"));

    assertThat(danishOnly.in(Language.EN).title()).isEqualTo("Velkommen");
    assertThat(both.in(Language.EN).title()).isEqualTo("Welcome");
    assertThat(both.in(Language.DA).title()).isEqualTo("Velkommen");
    assertThat(both.variants())
        .extracting(MaterialVariant::language)
        .containsExactly(Language.DA, Language.EN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "ftp://files.kk.dk/a.mp4",
        "file:///etc/passwd",
        "/relative/path",
        "https://user:secret@kk.dk/",
        "mailto:someone@kk.dk"
      })
  void only_absolute_web_addresses_are_accepted(String address) {
    URI uri = URI.create(address);
    assertThatThrownBy(() -> MaterialVariant.link(Language.DA, "Link", uri, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
    assertThatThrownBy(() -> MaterialVariant.video(Language.DA, "Video", VIDEO, uri, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("captions"));
  }

  @Test
  void to_string_shows_no_content() {
    MaterialItem item =
        item(MaterialKind.TEXT, null, MaterialVariant.text(Language.DA, "Hemmelig", "Personligt"));

    assertThat(item.toString()).doesNotContain("Hemmelig").doesNotContain("Personligt");
  }
}
