package dk.borgerdialog.citizen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprNumberTest {

  @ParameterizedTest(name = "{0} was born {1}")
  @CsvSource({
    "010190-1234, 1990-01-01",
    "0101901234, 1990-01-01",
    "290200-4000, 2000-02-29",
    "290200-0000, ",
    "010136-4000, 2036-01-01",
    "010137-4000, 1937-01-01",
    "010157-5000, 2057-01-01",
    "010158-8000, 1858-01-01",
    "311299-9999, 1999-12-31",
    "311236-9999, 2036-12-31",
  })
  void birthDate_followsTheCenturyDigit(String text, LocalDate expected) {
    if (expected == null) {
      assertThatThrownBy(() -> CprNumber.parse(text)).isInstanceOf(InvalidInputException.class);
    } else {
      assertThat(CprNumber.parse(text).birthDate()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "010190-123",
        "010190-12345",
        "010190 1234",
        "010190/1234",
        "01019-01234",
        "320190-1234",
        "001290-1234",
        "011390-1234",
        "010090-1234",
        "310490-1234",
        "abcdef-ghij",
        "٠١٠١٩٠-١٢٣٤",
      })
  void malformed_isInvalidInputNamingCpr(String text) {
    assertThatThrownBy(() -> CprNumber.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("cpr");
              if (text != null && !text.isBlank()) {
                assertThat(e.getMessage()).doesNotContain(text);
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {" 010190-1234 ", "010190-1234"})
  void value_isNormalisedToTenDigits(String text) {
    assertThat(CprNumber.parse(text).value()).isEqualTo("0101901234");
    assertThat(CprNumber.parse(text)).isEqualTo(CprNumber.parse("0101901234"));
  }
}
