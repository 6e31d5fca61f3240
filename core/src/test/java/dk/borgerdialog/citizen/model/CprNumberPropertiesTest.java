package dk.borgerdialog.citizen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.testfixtures.CitizenFixture;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * CPR numbers: the birth date and the century digit (the first digit of the serial), as the CPR
 * office defines them, and the form DDMMYY-SSSS or DDMMYYSSSS.
 */
class CprNumberPropertiesTest {
  private static final Pattern VALID_FORM = Pattern.compile("\\d{6}-?\\d{4}");

  /** The century table of the CPR office, written out independently of the code under test. */
  private static int year(int yy, int centuryDigit) {
    if (centuryDigit <= 3) {
      return 1900 + yy;
    }
    if (centuryDigit == 4 || centuryDigit == 9) {
      return yy <= 36 ? 2000 + yy : 1900 + yy;
    }
    return yy <= 57 ? 2000 + yy : 1800 + yy;
  }

  private static List<Integer> centuryDigitsFor(int year) {
    List<Integer> digits = new ArrayList<>();
    for (int d = 0; d <= 9; d++) {
      if (year(year % 100, d) == year) {
        digits.add(d);
      }
    }
    return digits;
  }

  private static String cpr(LocalDate date, int centuryDigit, int rest, boolean hyphen) {
    return String.format(
        "%02d%02d%02d%s%d%03d",
        date.getDayOfMonth(),
        date.getMonthValue(),
        date.getYear() % 100,
        hyphen ? "-" : "",
        centuryDigit,
        rest);
  }

  @Provide
  Arbitrary<LocalDate> birthDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1858, 1, 1).toEpochDay(), LocalDate.of(2057, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(
            c ->
                c.add(
                    LocalDate.of(1900, 2, 28),
                    LocalDate.of(2000, 2, 29),
                    LocalDate.of(1936, 12, 31),
                    LocalDate.of(2036, 12, 31),
                    LocalDate.of(1937, 1, 1),
                    LocalDate.of(1858, 1, 1),
                    LocalDate.of(2057, 12, 31)));
  }

  @Property(tries = 2000)
  void everyBirthDate_withEveryCenturyDigitThatEncodesIt_isAccepted(
      @ForAll("birthDates") LocalDate date,
      @ForAll @IntRange(min = 0, max = 9) int pick,
      @ForAll @IntRange(min = 0, max = 999) int rest,
      @ForAll boolean hyphen) {
    List<Integer> digits = centuryDigitsFor(date.getYear());
    int centuryDigit = digits.get(pick % digits.size());
    String text = cpr(date, centuryDigit, rest, hyphen);

    CprNumber number = CprNumber.parse(text);

    assertThat(number.birthDate()).isEqualTo(date);
    assertThat(number.value()).hasSize(10).isEqualTo(text.replace("-", ""));
    assertThat(number.masked()).isEqualTo(text.substring(0, 6) + "-****");
  }

  @Property(tries = 5000)
  void anyDayMonthYearAndCenturyDigit_isAcceptedExactlyWhenTheDateExists(
      @ForAll @IntRange(min = 0, max = 99) int day,
      @ForAll @IntRange(min = 0, max = 99) int month,
      @ForAll @IntRange(min = 0, max = 99) int yy,
      @ForAll @IntRange(min = 0, max = 9) int centuryDigit,
      @ForAll @IntRange(min = 0, max = 999) int rest) {
    String text = String.format("%02d%02d%02d-%d%03d", day, month, yy, centuryDigit, rest);
    LocalDate expected;
    try {
      expected = LocalDate.of(year(yy, centuryDigit), month, day);
    } catch (DateTimeException impossible) {
      assertThatThrownBy(() -> CprNumber.parse(text))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("cpr");
                assertThat(e.getMessage()).doesNotContain(text).doesNotContain(text.substring(7));
              });
      return;
    }
    assertThat(CprNumber.parse(text).birthDate()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> badForms() {
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789-/ .aZ\u0660\u0661\uff10").ofMaxLength(14);
    Arbitrary<String> nearlyRight =
        Combinators.combine(
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(9),
                Arbitraries.of("", "-", "/", " ", "--", "_"),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(6))
            .as((a, sep, b) -> a + sep + b);
    return Arbitraries.oneOf(noise, nearlyRight)
        .filter(s -> !VALID_FORM.matcher(s.strip()).matches());
  }

  @Property(tries = 2000)
  void badForms_areRejected(@ForAll("badForms") String text) {
    assertThatThrownBy(() -> CprNumber.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cpr"));
  }

  @Property(tries = 500)
  void toString_neverShowsADigit(
      @ForAll("birthDates") LocalDate date, @ForAll @IntRange(min = 0, max = 999) int rest) {
    int centuryDigit = centuryDigitsFor(date.getYear()).get(0);
    CprNumber number = CprNumber.parse(cpr(date, centuryDigit, rest, true));
    Citizen citizen =
        new Citizen(
            CitizenFixture.anyCitizenId(),
            OrganisationFixture.anyMunicipalityId(),
            CitizenFixture.anyRef(),
            number,
            "Jonas Berg",
            Language.DA,
            CitizenFixture.COPENHAGEN_ZONE,
            0);

    assertThat(number.toString()).doesNotContainPattern("\\d");
    assertThat(citizen.toString()).doesNotContain(number.value()).doesNotContain("Jonas");
  }
}
