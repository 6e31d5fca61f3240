package dk.borgerdialog.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gsm7Test {

  @Test
  void danishLetters_areInTheBasicSet() {
    assertThat(Gsm7.isEncodable("æøåÆØÅ Frederiksberg Rådhus")).isTrue();
    assertThat(Gsm7.septets("æøåÆØÅ")).isEqualTo(6);
  }

  @Test
  void extensionCharacters_countTwice() {
    assertThat(Gsm7.septets("€")).isEqualTo(2);
    assertThat(Gsm7.septets("a[b]c~")).isEqualTo(9);
    assertThat(Gsm7.septets("https://bd.dk/a?x=1&y=2")).isEqualTo(23);
  }

  @Test
  void septets_rejectsCharactersOutsideTheAlphabet() {
    assertThatThrownBy(() -> Gsm7.septets("Café – Nord"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 5");
    assertThat(Gsm7.isEncodable("`")).isFalse();
    assertThat(Gsm7.isEncodable("ç")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Café – Nord|Café - Nord",
        "“Huset”|\"Huset\"",
        "Kulturhus…|Kulturhus...",
        "Ålborg Hús|Ålborg Hus",
        "Garçon|Garcon",
        "Straße 5|Straße 5",
        "Łódź|Lodz",
        "a\u00a0b\u202fc|a b c",
        "Zero\u200bwidth|Zerowidth",
        "日本|??",
        "🙂 Nord|? Nord"
      })
  void transliterate_bringsTextIntoGsm7(String text, String expected) {
    assertThat(Gsm7.transliterate(text)).isEqualTo(expected);
    assertThat(Gsm7.isEncodable(Gsm7.transliterate(text))).isTrue();
  }

  @Test
  void transliterate_leavesGsm7Unchanged() {
    String text = "Påmindelse: aftale i morgen kl. 10:00 hos Borgercenter Nord.";
    assertThat(Gsm7.transliterate(text)).isSameAs(text);
  }
}
