-- The department directory: names of the departments (課・室) whose codes staff tokens carry, so that what
-- people read (the calendar feed) names 健康・子育て推進課 rather than kenko-kosodate. Filled from the seed at
-- start; read-only to the service's users.
create table department (
    code    text primary key,
    name    text not null,
    name_en text
);
