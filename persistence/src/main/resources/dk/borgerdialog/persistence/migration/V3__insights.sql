-- staff's list of a unit's appointments still booked after they ended, oldest end first;
-- appointment_unit_start_ix would scan the unit's whole history for the few unmarked ones
CREATE INDEX appointment_unit_status_end_ix
  ON borgerdialog.appointment (unit_id, status, ends_at);
