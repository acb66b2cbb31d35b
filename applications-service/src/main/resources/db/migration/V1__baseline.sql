-- Baseline of the applications-service database (E-applications / 電子申請).
-- The event outbox and inbox come from the eventing library (db/eventing, V0_1_0);
-- the tables of this context are added by the migrations that follow.
comment on schema public is 'Madoguchi applications-service: E-applications (電子申請)';
