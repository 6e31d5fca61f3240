package dk.borgerdialog.testfixtures;

import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.CourseTemplates;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Course templates in a map. */
public final class InMemoryCourseTemplates implements CourseTemplates {
  private final Map<CourseTemplateId, CourseTemplate> store = new ConcurrentHashMap<>();

  @Override
  public void add(CourseTemplate template) {
    Versioned.add(store, template.id(), template, 0, "course template");
  }

  @Override
  public Optional<CourseTemplate> byId(CourseTemplateId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public List<CourseTemplate> of(MunicipalityId municipality) {
    return store.values().stream()
        .filter(t -> t.municipality().equals(municipality))
        .sorted(Comparator.comparing(CourseTemplate::name))
        .toList();
  }
}
