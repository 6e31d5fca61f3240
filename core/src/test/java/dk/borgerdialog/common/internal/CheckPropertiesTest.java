package dk.borgerdialog.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Check.text and Check.multilineText, the gate every free text passes. */
class CheckPropertiesTest {
  private static final int MAX = 50;

  /** Letters of several scripts, digits, punctuation, and emoji beyond the BMP. */
  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> codePoints =
        Arbitraries.oneOf(
                Arbitraries.integers().between('a', 'z'),
                Arbitraries.of((int) 'æ', (int) 'ø', (int) 'å', (int) 'Æ', (int) 'Ø', (int) 'Å'),
                Arbitraries.integers().between(0x05D0, 0x05EA), // Hebrew
                Arbitraries.integers().between(0x0627, 0x064A), // Arabic
                Arbitraries.integers().between(0x1F600, 0x1F64F), // emoticons
                Arbitraries.of(0x1F469, 0x200D, 0x1F4BB), // woman, ZWJ, laptop
                Arbitraries.of((int) '.', (int) ',', (int) '-', (int) '!', (int) '?', (int) '0'))
            .map(Character::toString);
    return codePoints
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .map(l -> String.join("", l))
        .filter(s -> s.codePoints().anyMatch(Character::isLetterOrDigit));
  }

  @Provide
  Arbitrary<String> texts() {
    return words()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(l -> String.join(" ", l))
        .filter(s -> s.codePointCount(0, s.length()) <= MAX);
  }

  @Property
  void letterEmojiAndRightToLeftText_isAcceptedAndTrimmed(
      @ForAll("texts") String text,
      @ForAll("padding") String left,
      @ForAll("padding") String right) {
    assertThat(Check.text("name", left + text + right, MAX)).isEqualTo(text);
    assertThat(Check.multilineText("text", left + text + right, MAX)).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars(" \t\n\r\u2003\u3000").ofMaxLength(3);
  }

  @Provide
  Arbitrary<Character> controls() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u001f'),
        Arbitraries.chars().range('\u007f', '\u009f'));
  }

  @Property
  void controlCharacters_areRejectedFromSingleLineText(
      @ForAll("texts") String a, @ForAll("controls") char control, @ForAll("texts") String b) {
    String text = a + control + b;
    assertThatThrownBy(() -> Check.text("name", text, 2 * MAX + 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name: must not contain control characters");
  }

  @Property
  void controlCharactersOtherThanLineBreaksAndTabs_areRejectedFromMultilineText(
      @ForAll("texts") String a, @ForAll("controls") char control, @ForAll("texts") String b) {
    String text = a + control + b;
    if (control == '\n' || control == '\r' || control == '\t') {
      assertThat(Check.multilineText("text", text, 2 * MAX + 1)).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> Check.multilineText("text", text, 2 * MAX + 1))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("text: must not contain control characters");
    }
  }

  @Property
  void unicodeLineSeparators_areRejectedFromSingleLineText(
      @ForAll("texts") String a, @ForAll("texts") String b) {
    for (char separator : new char[] {'\u2028', '\u2029', '\u0085', '\u000b', '\u000c'}) {
      String text = a + separator + b;
      assertThatThrownBy(() -> Check.text("name", text, 2 * MAX + 1))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings()
        .withChars(
            " \t\n\r\u000b\u000c\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
                + "\u200b\u200c\u200d\u2060\ufeff")
        .ofMaxLength(8);
  }

  @Property
  void blankText_isRejectedAsBlank(@ForAll("blanks") String blank) {
    assertThatThrownBy(() -> Check.text("name", blank, MAX))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.rule()).isEqualTo("must not be blank");
            });
    assertThatThrownBy(() -> Check.multilineText("text", blank, MAX))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("must not be blank"));
    assertThat(Check.optionalText("title", blank, MAX)).isNull();
  }

  @Property
  void overLongText_isRejected(
      @ForAll("words") String word, @ForAll @IntRange(min = 1, max = 30) int extra) {
    int length = word.codePointCount(0, word.length());
    String text = word.repeat(MAX / length + extra);
    if (text.codePointCount(0, text.length()) <= MAX) {
      return;
    }
    assertThatThrownBy(() -> Check.text("name", text, MAX))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.rule()).isEqualTo("must be at most " + MAX + " characters"));
  }

  @Property
  void lengthIsCountedInCodePoints_soEmojiCountOnce(@ForAll @IntRange(min = 1, max = MAX) int n) {
    String emoji = "😀".repeat(n);
    assertThat(emoji.length()).isEqualTo(2 * n);
    assertThat(Check.text("name", emoji, MAX)).isEqualTo(emoji);
    assertThatThrownBy(() -> Check.text("name", emoji, n - 1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Provide
  Arbitrary<Character> loneSurrogates() {
    return Arbitraries.chars().range('\ud800', '\udfff');
  }

  @Property
  void loneSurrogates_areRejected(
      @ForAll("texts") String a, @ForAll("loneSurrogates") char lone, @ForAll("texts") String b) {
    // a lone surrogate next to a letter cannot pair with it
    String text = a + "x" + lone + "x" + b;
    assertThatThrownBy(() -> Check.text("name", text, 3 * MAX))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.rule()).isEqualTo("must be valid Unicode text"));
    assertThatThrownBy(() -> Check.multilineText("text", text, 3 * MAX))
        .isInstanceOf(InvalidInputException.class);
  }

  @Property
  void swappedSurrogatePairs_areRejected(@ForAll("texts") String a) {
    String text = a + "\udc00\ud800";
    assertThatThrownBy(() -> Check.text("name", text, 3 * MAX))
        .isInstanceOf(InvalidInputException.class);
  }

  @Provide
  Arbitrary<String> anything() {
    return Combinators.combine(Arbitraries.strings().all().ofMaxLength(60), texts())
        .as((noise, text) -> noise + text + noise);
  }

  @Property(tries = 3000)
  void whateverIsAccepted_isTrimmedValidSingleLineTextWithinTheLimit(
      @ForAll("anything") String input) {
    String accepted;
    try {
      accepted = Check.text("name", input, MAX);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("name");
      return;
    }
    assertThat(accepted).isEqualTo(accepted.strip()).isNotBlank();
    assertThat(accepted.codePointCount(0, accepted.length())).isLessThanOrEqualTo(MAX);
    assertThat(accepted.chars().noneMatch(Character::isISOControl)).isTrue();
    assertThat(accepted.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
    assertThat(accepted).doesNotContain("\u2028").doesNotContain("\u2029");
  }
}
