-- The occupancy figures (pfe-reporting occupancy) add up, for the meetings of a period, who attended them (present or
-- late). This index holds exactly those marks, by meeting then enrolment, so that they are read from the index
-- alone rather than from every mark's row in the table (a year of twenty centres is some 170,000 marks).
create index attendance_attended on attendance (meeting_id, enrolment_id) where mark in ('PRESENT', 'LATE');
