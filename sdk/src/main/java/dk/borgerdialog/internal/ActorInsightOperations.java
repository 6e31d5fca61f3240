package dk.borgerdialog.internal;

import dk.borgerdialog.InsightOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.insight.application.ViewingInsights;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import java.time.Instant;
import java.util.List;

/** {@link InsightOperations} bound to one actor. */
final class ActorInsightOperations implements InsightOperations {
  private final Actor actor;
  private final ViewingInsights insights;

  ActorInsightOperations(Actor actor, ViewingInsights insights) {
    this.actor = actor;
    this.insights = insights;
  }

  @Override
  public List<Appointment> unmarkedAppointments(UnitId unit) {
    return insights.unmarked(actor, unit, UNMARKED_LIMIT);
  }

  @Override
  public UnitInsights insights(UnitId unit, Instant from, Instant to) {
    return insights.insights(actor, unit, from, to);
  }
}
