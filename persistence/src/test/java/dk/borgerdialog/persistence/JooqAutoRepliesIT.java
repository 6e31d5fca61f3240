package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.contact.model.AutoReplies;
import dk.borgerdialog.contact.model.AutoReply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqAutoRepliesIT {

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

    AutoReplies replies() {
      return persistence.autoReplies();
    }

    @Test
    void an_auto_reply_is_set_replaced_and_cleared() {
      AutoReply away =
          new AutoReply(
              fixture.mentor.id(), "Jeg er på ferie.", fixture.nurse.id(), NOW.plusSeconds(86400));
      AutoReply longer =
          new AutoReply(fixture.mentor.id(), "Jeg er syg.", null, NOW.plusSeconds(172800));

      assertThat(replies().of(fixture.mentor.id())).isEmpty();
      replies().set(away);
      assertThat(replies().of(fixture.mentor.id())).contains(away);
      replies().set(longer);
      assertThat(replies().of(fixture.mentor.id())).contains(longer);
      assertThat(replies().of(fixture.nurse.id())).isEmpty();
      replies().clear(fixture.mentor.id());
      assertThat(replies().of(fixture.mentor.id())).isEmpty();
    }
  }
}
