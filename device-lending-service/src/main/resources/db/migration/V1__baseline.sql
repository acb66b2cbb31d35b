-- Baseline of the device-lending-service database (LGWAN mobile PC lending / モバイルPC貸出).
-- The event outbox and inbox come from the eventing library (db/eventing, V0_1_0);
-- the tables of this context are added by the migrations that follow.
comment on schema public is 'Madoguchi device-lending-service: LGWAN mobile PC lending (モバイルPC貸出)';
