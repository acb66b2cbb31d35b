-- Baseline of the procedures-service database (Procedure registry / 手続き台帳).
-- The event outbox and inbox come from the eventing library (db/eventing, V0_1_0);
-- the tables of this context are added by the migrations that follow.
comment on schema public is 'Madoguchi procedures-service: Procedure registry (手続き台帳)';
