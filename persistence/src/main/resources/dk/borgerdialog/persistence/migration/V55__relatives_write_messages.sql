-- A relative acting for a citizen under a grant with the scope "write messages" writes on the
-- citizen's side of a thread; the message records the relative as its author.
ALTER TABLE borgerdialog.message DROP CONSTRAINT message_author_kind_ck;
ALTER TABLE borgerdialog.message ADD CONSTRAINT message_author_kind_ck
  CHECK (author_kind IN ('CITIZEN', 'STAFF', 'SYSTEM', 'RELATIVE'));
