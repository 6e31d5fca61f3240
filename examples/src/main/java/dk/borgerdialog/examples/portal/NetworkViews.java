package dk.borgerdialog.examples.portal;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Occurrence;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.network.model.SuggestedActivity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of Mit netværk, calendars and material. Like {@link Views}, plain records made
 * from the SDK's types. A text item's {@code html} is the sanitised HTML the SDK renders; nothing
 * else is ever meant to be shown unescaped.
 */
final class NetworkViews {
  private NetworkViews() {}

  /** Where an activity takes place: an address in a district, or online. */
  record PlaceView(@Nullable String address, @Nullable String district, @Nullable String link) {
    static PlaceView of(Place place) {
      if (place instanceof Place.Address a) {
        return new PlaceView(a.address(), a.district(), null);
      }
      return new PlaceView(null, null, ((Place.Online) place).link());
    }
  }

  /** An activity without its occurrences. */
  record ActivityView(
      String id,
      String title,
      String description,
      List<String> interests,
      PlaceView place,
      boolean recurring,
      int capacity,
      @Nullable String targetGroup,
      @Nullable String accessibility,
      long priceOre) {
    static ActivityView of(Activity a) {
      return new ActivityView(
          a.id().toString(),
          a.title(),
          a.description(),
          a.interests(),
          PlaceView.of(a.place()),
          a.schedule().isRecurring(),
          a.capacity(),
          a.targetGroup(),
          a.accessibility(),
          a.price().amountOre());
    }
  }

  /** The citizen's signup as a search result shows it. */
  record SignupView(
      String id, String status, long position, @Nullable String occurrence, boolean series) {
    static SignupView of(Signup s, ZoneId zone) {
      return new SignupView(
          s.id().toString(),
          s.status().name(),
          s.position(),
          Views.timeOrNull(s.occurrence(), zone),
          s.isSeries());
    }
  }

  /**
   * One occurrence, with the citizen's signup for it if any.
   *
   * <p>{@code signupOpen} says whether the signup deadline has not passed.
   */
  record OccurrenceView(
      ActivityView activity,
      String start,
      String end,
      int seatsLeft,
      boolean signupOpen,
      @Nullable SignupView signup) {
    static OccurrenceView of(Occurrence o, List<Signup> mine, Instant now, ZoneId zone) {
      Signup signup =
          mine.stream()
              .filter(s -> s.status() != SignupStatus.LEFT)
              .filter(s -> s.activity().equals(o.activity().id()))
              .filter(s -> s.isSeries() || o.start().equals(s.occurrence()))
              .findFirst()
              .orElse(null);
      return new OccurrenceView(
          ActivityView.of(o.activity()),
          Views.time(o.start(), zone),
          Views.time(o.end(), zone),
          o.seatsLeft(),
          o.activity().signupOpen(o.start(), now),
          signup == null ? null : SignupView.of(signup, zone));
    }
  }

  /** One page of occurrences, with the cursor of the next page or null. */
  record PageView(List<OccurrenceView> occurrences, @Nullable String next) {}

  /** An activity staff suggested. */
  record SuggestionView(ActivityView activity, String suggestedBy, String suggestedAt) {
    static SuggestionView of(SuggestedActivity s, ZoneId zone) {
      return new SuggestionView(
          ActivityView.of(s.activity()),
          s.suggestedByName(),
          Views.time(s.suggestion().suggestedAt(), zone));
    }
  }

  /** An interest of the municipality's list in the citizen's language, and whether stated. */
  record InterestView(String code, String name, boolean mine) {
    static InterestView of(Interest i, boolean mine, Language language) {
      return new InterestView(i.code(), i.name(language), mine);
    }
  }

  /** A released item with the citizen's progress. */
  record MaterialView(
      String id,
      String course,
      String kind,
      String language,
      String title,
      @Nullable String html,
      @Nullable String description,
      @Nullable String url,
      @Nullable Long seconds,
      @Nullable String captions,
      @Nullable String transcript,
      String releasedAt,
      int views,
      @Nullable String understoodAt) {
    static MaterialView of(ReleasedItem i, ZoneId zone) {
      return new MaterialView(
          i.item().toString(),
          i.course().toString(),
          i.kind().name(),
          i.language().name(),
          i.title(),
          i.html(),
          i.description(),
          i.url() == null ? null : i.url().toString(),
          i.duration() == null ? null : i.duration().toSeconds(),
          i.captions() == null ? null : i.captions().toString(),
          i.transcript(),
          Views.time(i.releasedAt(), zone),
          i.progress().views(),
          Views.timeOrNull(i.progress().understoodAt(), zone));
    }
  }

  /** For staff: an item of a course and how far the citizen got. */
  record ItemStatusView(
      String id,
      String title,
      String kind,
      boolean released,
      @Nullable String releasedAt,
      boolean releasedByHand,
      int views,
      @Nullable String lastViewedAt,
      boolean understood) {
    static ItemStatusView of(ItemStatus s, ZoneId zone) {
      return new ItemStatusView(
          s.item().toString(),
          s.title(),
          s.kind().name(),
          s.released(),
          Views.timeOrNull(s.releasedAt(), zone),
          s.releasedByHand(),
          s.progress().views(),
          Views.timeOrNull(s.progress().lastViewedAt(), zone),
          s.understood());
    }
  }
}
