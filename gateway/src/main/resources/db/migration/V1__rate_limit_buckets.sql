-- Bucket4j's token buckets, one per caller (sub:<token subject> or ip:<client address>), shared by every
-- gateway instance. state is Bucket4j's serialized bucket; expires_at (epoch millis) is when the bucket would be
-- full again, after which it may be deleted.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);
