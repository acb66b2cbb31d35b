-- Baseline of the notification-service database (Notifications / 通知).
-- The event outbox and inbox come from the eventing library (db/eventing, V0_1_0);
-- the tables of this context are added by the migrations that follow.
comment on schema public is 'Madoguchi notification-service: Notifications (通知)';
