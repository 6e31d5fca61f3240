-- The operation of an audit record is written from the Operation enum only. A CHECK listing every
-- operation had to be rewritten by each capability that adds one; the enum is the one list.
ALTER TABLE borgerdialog.audit_record DROP CONSTRAINT audit_record_operation_ck;
