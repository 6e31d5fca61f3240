package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.guice.BorgerdialogModule;
import dk.borgerdialog.organisation.model.Municipality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BorgerdialogTest {

  @Test
  void builder_rejects_null_arguments_at_once() {
    Borgerdialog.Builder builder = Borgerdialog.builder();
    assertThatThrownBy(() -> builder.dataSource(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataSource must not be null");
    assertThatThrownBy(() -> builder.clock(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clock must not be null");
    assertThatThrownBy(() -> builder.zone(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("zone must not be null");
    assertThatThrownBy(() -> builder.embeddedH2(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("directory must not be null");
  }

  @Test
  void defaults_are_named_constants() {
    assertThat(Borgerdialog.Builder.DEFAULT_ZONE).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(Borgerdialog.Builder.DEFAULT_CLOCK).isEqualTo(Clock.systemUTC());
  }

  @Test
  void starts_on_in_memory_h2_by_default_with_the_given_clock() {
    SettableClock clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
    try (Borgerdialog dialog = Borgerdialog.builder().clock(clock).start()) {
      Municipality m = dialog.setup().createMunicipality("Frederiksberg Kommune");
      assertThat(m.name()).isEqualTo("Frederiksberg Kommune");
      assertThat(dialog.clock()).isSameAs(clock);
    }
  }

  @Test
  void
      builder_refuses_a_webhook_as_a_citizens_channel_and_listeners_on_a_node_that_does_not_relay() {
    var webhook =
        dk.borgerdialog.messaging.webhook.WebhookNotificationChannel.create(
            dk.borgerdialog.messaging.webhook.WebhookConfig.builder(
                    "a-secret-of-at-least-thirty-two-bytes!!")
                .build(),
            Clock.systemUTC());
    assertThatThrownBy(() -> Borgerdialog.builder().channel(webhook))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventWebhook");
    assertThatThrownBy(
            () ->
                Borgerdialog.builder().dispatchReminders(false).eventListener(event -> {}).start())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closing_twice_is_harmless() {
    Borgerdialog dialog = Borgerdialog.builder().start();
    dialog.close();
    dialog.close();
    assertThatThrownBy(() -> dialog.setup().createMunicipality("Gone"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Borgerdialog has been closed");
  }

  @Test
  void two_in_memory_instances_do_not_share_data() {
    try (Borgerdialog first = Borgerdialog.builder().start();
        Borgerdialog second = Borgerdialog.builder().start()) {
      Municipality m = first.setup().createMunicipality("Frederiksberg Kommune");
      assertThatThrownBy(() -> second.setup().createCentre(m.id(), "Sundhed og Omsorg"))
          .isInstanceOf(dk.borgerdialog.common.NoSuchEntityException.class);
    }
  }

  @Test
  void embedded_h2_in_a_directory_keeps_data_between_runs(@TempDir Path directory) {
    Municipality created;
    try (Borgerdialog dialog = Borgerdialog.builder().embeddedH2(directory).start()) {
      created = dialog.setup().createMunicipality("Frederiksberg Kommune");
    }
    assertThat(Files.exists(directory.resolve("borgerdialog.mv.db"))).isTrue();
    try (Borgerdialog dialog = Borgerdialog.builder().embeddedH2(directory).start()) {
      // the municipality is still there: a centre can be created in it
      assertThat(dialog.setup().createCentre(created.id(), "Sundhed og Omsorg").municipality())
          .isEqualTo(created.id());
    }
  }

  @Test
  void as_requires_an_actor_and_the_policy_decides() {
    try (Borgerdialog dialog = Borgerdialog.builder().start()) {
      assertThatThrownBy(() -> dialog.as(null)).isInstanceOf(InvalidInputException.class);
      Session citizen =
          dialog.as(
              Actor.citizen(dk.borgerdialog.citizen.model.CitizenId.random(), AssuranceLevel.HIGH));
      assertThatThrownBy(() -> citizen.setup().createMunicipality("Nope"))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void the_guice_module_exposes_only_borgerdialog() {
    Injector injector =
        Guice.createInjector(new BorgerdialogModule(Borgerdialog.builder().inMemoryH2()));
    Borgerdialog dialog = injector.getInstance(Borgerdialog.class);
    try {
      assertThat(injector.getInstance(Borgerdialog.class)).isSameAs(dialog);
      assertThat(injector.getAllBindings().keySet())
          .filteredOn(k -> k.getTypeLiteral().getRawType().getName().startsWith("dk.borgerdialog"))
          .containsExactly(Key.get(Borgerdialog.class));
      // the host may bind its own clock: no clash with Borgerdialog's wiring
      Injector child =
          injector.createChildInjector(b -> b.bind(Clock.class).toInstance(Clock.systemUTC()));
      assertThat(child.getInstance(Clock.class)).isEqualTo(Clock.systemUTC());
    } finally {
      dialog.close();
    }
  }

  @Test
  void retention_setters_check_their_arguments_and_the_defaults_are_named() {
    Borgerdialog.Builder builder = Borgerdialog.builder();
    assertThatThrownBy(
            () ->
                builder.retention(
                    dk.borgerdialog.retention.model.RetentionKind.AUDIT, java.time.Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AUDIT");
    assertThatThrownBy(
            () ->
                builder.retention(
                    dk.borgerdialog.retention.model.RetentionKind.MESSAGES,
                    java.time.Period.ofYears(101)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retention(null, java.time.Period.ofYears(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.keepForever(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retentionBatchSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retentionBatchSize(10_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retentionPurgeInterval(java.time.Duration.ofSeconds(59)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Borgerdialog.Builder.DEFAULT_AUDIT_RETENTION).isEqualTo(java.time.Period.ofYears(2));
    assertThat(Borgerdialog.Builder.DEFAULT_NOTIFICATION_RETENTION)
        .isEqualTo(java.time.Period.ofMonths(6));
    assertThat(Borgerdialog.Builder.DEFAULT_RETENTION_BATCH_SIZE).isEqualTo(500);
  }
}
