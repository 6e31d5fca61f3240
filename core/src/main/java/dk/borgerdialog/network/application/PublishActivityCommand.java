package dk.borgerdialog.network.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new activity of an organiser.
 *
 * @param organiser the organiser
 * @param title the title
 * @param description what happens
 * @param interests interest codes from the municipality's list
 * @param place where
 * @param schedule when
 * @param capacity the most participants per occurrence
 * @param targetGroup who it is for, or null
 * @param accessibility accessibility notes, or null
 * @param price free or an amount
 * @param signupDeadline how long before each occurrence signup closes
 */
public record PublishActivityCommand(
    OrganiserId organiser,
    String title,
    String description,
    List<String> interests,
    Place place,
    Schedule schedule,
    int capacity,
    @Nullable String targetGroup,
    @Nullable String accessibility,
    Price price,
    Duration signupDeadline) {
  /** Validates what the activity cannot. */
  public PublishActivityCommand {
    Check.notNull("organiser", organiser);
    interests = Check.list("interests", interests);
  }
}
