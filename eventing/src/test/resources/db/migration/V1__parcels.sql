create table parcel (
    id     uuid primary key,
    weight integer not null
);
create table parcel_tally (
    parcel_id  uuid primary key,
    deliveries integer not null
);
