package dk.borgerdialog.plan.model;

import dk.borgerdialog.organisation.model.MunicipalityId;
import java.util.List;
import java.util.Optional;

/** Course templates, reference data (a secondary port). */
public interface CourseTemplates {

  /**
   * Adds a template.
   *
   * @param template the template
   */
  void add(CourseTemplate template);

  /**
   * Looks up a template.
   *
   * @param id the id
   * @return the template, if any
   */
  Optional<CourseTemplate> byId(CourseTemplateId id);

  /**
   * The templates of a municipality, by name.
   *
   * @param municipality the municipality
   * @return the templates
   */
  List<CourseTemplate> of(MunicipalityId municipality);
}
