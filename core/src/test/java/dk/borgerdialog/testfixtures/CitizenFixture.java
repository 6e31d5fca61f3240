package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Citizens for tests, including the people of SCENARIOS.md. */
public final class CitizenFixture {
  /** The zone every Danish citizen lives in. */
  public static final ZoneId COPENHAGEN_ZONE = ZoneId.of("Europe/Copenhagen");

  private CitizenFixture() {}

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CitizenId anyCitizenId() {
    return CitizenId.random();
  }

  /**
   * A new random host reference.
   *
   * @return the reference
   */
  public static ExternalRef anyRef() {
    return ExternalRef.of("nexus", UUID.randomUUID().toString());
  }

  /**
   * A valid CPR number with a random birth date in the 20th century.
   *
   * @return the number
   */
  public static CprNumber anyCprNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int day = random.nextInt(1, 29);
    int month = random.nextInt(1, 13);
    int year = random.nextInt(0, 100);
    int serial = random.nextInt(0, 4000);
    return CprNumber.parse(String.format("%02d%02d%02d-%04d", day, month, year, serial));
  }

  /**
   * A citizen of a municipality, without CPR number.
   *
   * @param municipality the municipality
   * @param name the name
   * @return the citizen, version 0
   */
  public static Citizen citizenOf(MunicipalityId municipality, String name) {
    return new Citizen(
        anyCitizenId(), municipality, anyRef(), null, name, Language.DA, COPENHAGEN_ZONE, 0);
  }

  /**
   * Any citizen of a municipality.
   *
   * @param municipality the municipality
   * @return the citizen, version 0
   */
  public static Citizen anyCitizenOf(MunicipalityId municipality) {
    return citizenOf(municipality, "Borger " + ThreadLocalRandom.current().nextInt(1000, 10000));
  }

  /**
   * Jonas Berg, 34, in treatment at a citizen centre in Copenhagen.
   *
   * @param copenhagen the municipality
   * @return the citizen, version 0
   */
  public static Citizen jonasBerg(MunicipalityId copenhagen) {
    return new Citizen(
        anyCitizenId(),
        copenhagen,
        ExternalRef.of("sensum", "jonas-berg"),
        CprNumber.parse("120791-1235"),
        "Jonas Berg",
        Language.DA,
        COPENHAGEN_ZONE,
        0);
  }

  /**
   * Karen Holm, 84, with home care in Frederiksberg.
   *
   * @param frederiksberg the municipality
   * @return the citizen, version 0
   */
  public static Citizen karenHolm(MunicipalityId frederiksberg) {
    return new Citizen(
        anyCitizenId(),
        frederiksberg,
        ExternalRef.of("nexus", "karen-holm"),
        CprNumber.parse("030341-4442"),
        "Karen Holm",
        Language.DA,
        COPENHAGEN_ZONE,
        0);
  }
}
