-- a borrower's own incidents (GET /api/v1/lending/incidents/mine): those that name them, newest last
create index incident_by_reporter on incident (reporter_subject, opened_at);
