-- The reminder the day before a session starts is written once per enrolment, whatever the instances running the job.
create unique index outbox_message_reminder_once on outbox_message (enrolment_id)
    where kind = 'REMINDER' and recipient_kind = 'LEARNER';
