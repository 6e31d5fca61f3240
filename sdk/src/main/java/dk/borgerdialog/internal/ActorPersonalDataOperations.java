package dk.borgerdialog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.borgerdialog.PersonalDataOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.gdpr.application.ErasureReport;
import dk.borgerdialog.gdpr.application.HandlingPersonalData;
import dk.borgerdialog.gdpr.application.PersonalDataExport;
import dk.borgerdialog.retention.application.PurgeReport;
import dk.borgerdialog.retention.application.PurgingExpiredData;

/** {@link PersonalDataOperations} bound to one actor. */
final class ActorPersonalDataOperations implements PersonalDataOperations {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Actor actor;
  private final HandlingPersonalData personalData;
  private final PurgingExpiredData purging;

  ActorPersonalDataOperations(
      Actor actor, HandlingPersonalData personalData, PurgingExpiredData purging) {
    this.actor = actor;
    this.personalData = personalData;
    this.purging = purging;
  }

  @Override
  public PersonalDataExport export(CitizenId citizen) {
    return personalData.export(actor, citizen);
  }

  @Override
  public String exportJson(CitizenId citizen) {
    PersonalDataExport export = export(citizen);
    try {
      return JSON.writeValueAsString(export);
    } catch (JsonProcessingException e) {
      // the export holds only strings, numbers, booleans, lists and maps
      throw new IllegalStateException("the export could not be written as JSON", e);
    }
  }

  @Override
  public ErasureReport erase(CitizenId citizen) {
    return personalData.erase(actor, citizen);
  }

  @Override
  public PurgeReport purgeExpired() {
    return purging.purgeDue(actor);
  }
}
