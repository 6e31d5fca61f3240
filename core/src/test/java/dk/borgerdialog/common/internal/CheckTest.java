package dk.borgerdialog.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

  @Test
  void notNull_namesTheField() {
    assertThatThrownBy(() -> Check.notNull("course", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("course: is required");
    assertThat(Check.notNull("course", "x")).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u00a0\u202f", "\u200b", "\ufeff ", "\u3000\u2007"})
  void text_ofInvisibleCharactersOnly_isBlank(String blank) {
    assertThatThrownBy(() -> Check.text("name", blank, 10))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("must not be blank"));
    assertThat(Check.optionalText("title", blank, 10)).isNull();
  }

  @Test
  void text_keepsInvisibleCharactersInsideRealText() {
    assertThat(Check.text("name", "Anne\u00a0Marie", 20)).isEqualTo("Anne\u00a0Marie");
    assertThat(Check.text("name", "👩\u200d💻", 20)).isEqualTo("👩\u200d💻");
    assertThat(Check.text("name", "שלום עולם", 20)).isEqualTo("שלום עולם");
    assertThat(Check.text("name", "مرحبا", 20)).isEqualTo("مرحبا");
  }

  @Test
  void text_isOneLine_multilineTextMayHaveSeveral() {
    assertThatThrownBy(() -> Check.text("name", "a\u2028b", 10))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.rule()).isEqualTo("must be a single line"));
    assertThatThrownBy(() -> Check.text("name", "a\nb", 10))
        .isInstanceOf(InvalidInputException.class);
    assertThat(Check.multilineText("text", "a\r\n\tb\u2028c", 10)).isEqualTo("a\r\n\tb\u2028c");
  }

  @Test
  void text_isCountedAfterTrimming() {
    assertThat(Check.text("name", "   abc   ", 3)).isEqualTo("abc");
    assertThatThrownBy(() -> Check.text("name", "abcd", 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name: must be at most 3 characters");
  }

  @Test
  void interval_requiresStartBeforeEndWithinADay() {
    Instant start = Instant.parse("2026-03-29T07:00:00Z");
    Check.interval(start, start.plus(Duration.ofDays(1)));

    assertThatThrownBy(() -> Check.interval(start, start))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("end"));
    assertThatThrownBy(() -> Check.interval(start, start.minusSeconds(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("end"));
    assertThatThrownBy(() -> Check.interval(start, start.plus(Duration.ofDays(1)).plusNanos(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("end"));
    assertThatThrownBy(() -> Check.interval(null, start))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("start"));
    assertThatThrownBy(() -> Check.interval(start, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("end"));
  }

  @Test
  void uuid_acceptsTheCanonicalFormOnly() {
    UUID id = UUID.randomUUID();
    assertThat(Check.uuid("id", id.toString())).isEqualTo(id);
    assertThat(Check.uuid("id", id.toString().toUpperCase())).isEqualTo(id);

    for (String bad : new String[] {"", "1-1-1-1-1", "not-a-uuid", id + "0", "{" + id + "}"}) {
      assertThatThrownBy(() -> Check.uuid("id", bad))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("id: must be a UUID");
    }
    assertThatThrownBy(() -> Check.uuid("id", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("id: is required");
  }
}
