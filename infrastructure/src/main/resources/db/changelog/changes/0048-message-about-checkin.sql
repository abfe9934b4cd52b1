--liquibase formatted sql

--changeset coachkeep:0048-message-about-checkin
-- A message, or a scheduled one, may be about a check-in of the same client too (docs/messaging.md): the allowed kinds
-- of object widen from workout and nutrition logs to check-ins. Only the check constraints change.
alter table message drop constraint if exists message_about_type_check;
alter table message add constraint message_about_type_check check (about_type in ('workout-log', 'nutrition-log', 'checkin'));
alter table scheduled_message drop constraint if exists scheduled_message_about_type_check;
alter table scheduled_message add constraint scheduled_message_about_type_check
    check (about_type in ('workout-log', 'nutrition-log', 'checkin'));
