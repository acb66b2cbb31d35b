-- Optimistic locking of disaster declarations: two people lifting the same declaration at once
-- give one lift and one conflict, not two.
alter table disaster_declaration add column version bigint not null default 0;
