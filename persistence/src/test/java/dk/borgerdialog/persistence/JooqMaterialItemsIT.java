package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.CONVERSATION;
import static dk.borgerdialog.persistence.Fixture.HOME_VISIT;
import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialItems;
import dk.borgerdialog.material.model.MaterialKind;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqMaterialItemsIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    Contract(Database database) {
      super(database);
    }

    MaterialItems items() {
      return persistence.materialItems();
    }

    @Test
    void every_kind_and_every_release_rule_round_trips_with_its_variants() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      MaterialItem text =
          item(
              MaterialAttachment.course(course.id()),
              MaterialKind.TEXT,
              null,
              ReleaseRule.atStart(),
              MaterialVariant.text(
                  Language.DA, "Før første samtale", "Tag **gerne** en ven med.\n"),
              MaterialVariant.text(Language.EN, "Before the first talk", "Bring a friend."));
      MaterialItem link =
          item(
              MaterialAttachment.template(fixture.template.id()),
              MaterialKind.LINK,
              null,
              ReleaseRule.daysBefore(2, CONVERSATION),
              MaterialVariant.link(
                  Language.DA, "Boligkontoret", URI.create("https://kk.dk/bolig?x=1&y=2"), null));
      MaterialItem video =
          item(
              MaterialAttachment.course(course.id()),
              MaterialKind.VIDEO,
              Duration.ofSeconds(194),
              ReleaseRule.afterAttended(HOME_VISIT),
              MaterialVariant.video(
                  Language.DA,
                  "Vis Vej: vejen til centret",
                  URI.create("https://video.kk.dk/visvej/1.mp4"),
                  URI.create("https://video.kk.dk/visvej/1.da.vtt"),
                  "Gå ind ad døren til venstre."));
      MaterialItem byHand =
          item(
              MaterialAttachment.course(course.id()),
              MaterialKind.TEXT,
              null,
              ReleaseRule.byHand(),
              MaterialVariant.text(Language.DA, "Til sidst", "Tak for nu."));
      for (MaterialItem item : List.of(text, link, video, byHand)) {
        items().add(item);
        assertThat(items().byId(item.id())).contains(item);
      }
      assertThat(items().byId(MaterialItemId.random())).isEmpty();
    }

    @Test
    void a_course_has_its_own_items_and_its_templates_in_attached_order_and_no_others() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course other = fixture.course(fixture.citizen(), fixture.unit, NOW);
      CourseTemplate otherTemplate =
          new CourseTemplate(
              CourseTemplateId.random(),
              fixture.municipality.id(),
              "Bostøtte",
              CourseKind.GUIDANCE,
              null);
      persistence.courseTemplates().add(otherTemplate);
      MaterialItem fromTemplate = textItem(MaterialAttachment.template(fixture.template.id()), 0);
      MaterialItem own = textItem(MaterialAttachment.course(course.id()), 1);
      MaterialItem othersOwn = textItem(MaterialAttachment.course(other.id()), 2);
      MaterialItem otherTemplates = textItem(MaterialAttachment.template(otherTemplate.id()), 3);
      for (MaterialItem item : List.of(own, othersOwn, otherTemplates, fromTemplate)) {
        items().add(item);
      }

      // all attached in the same instant: the order of attachment decides
      assertThat(items().ofCourse(course.id(), course.template()))
          .containsExactly(own, fromTemplate);
      assertThat(items().ofCourse(other.id(), other.template()))
          .containsExactly(othersOwn, fromTemplate);
    }

    @Test
    void adding_twice_is_a_conflict_and_leaves_the_first() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      MaterialItem item = textItem(MaterialAttachment.course(course.id()), 0);
      items().add(item);

      assertThatThrownBy(() -> items().add(item)).isInstanceOf(ConflictException.class);
      assertThat(items().ofCourse(course.id(), course.template())).containsExactly(item);
    }

    private MaterialItem textItem(MaterialAttachment attachment, int number) {
      return new MaterialItem(
          MaterialItemId.random(),
          attachment,
          MaterialKind.TEXT,
          null,
          List.of(MaterialVariant.text(Language.DA, "Tekst " + number, "Indhold")),
          ReleaseRule.atStart(),
          NOW,
          0);
    }

    private static MaterialItem item(
        MaterialAttachment attachment,
        MaterialKind kind,
        @Nullable Duration duration,
        ReleaseRule release,
        MaterialVariant... variants) {
      return new MaterialItem(
          MaterialItemId.random(), attachment, kind, duration, List.of(variants), release, NOW, 0);
    }
  }
}
