-- Usage statistics (利用実績): the categories (集計区分) that group forms, which form is in which, and the figures
-- from before the system, imported per fiscal year. The live figures are counted from application itself
-- (by fiscal_year and form_id, index application_by_fiscal_year).

create table usage_category (
    id         uuid primary key,
    name       text        not null,
    name_key   text        not null unique,
    name_en    text,
    created_at timestamptz not null
);
comment on table usage_category is 'Usage categories (集計区分): headings under which forms are counted together';
comment on column usage_category.name_key is 'The name as compared (NFKC): （コロナ） and (コロナ) name one category';

create table usage_category_form (
    form_id     uuid primary key,
    category_id uuid        not null references usage_category (id),
    assigned_at timestamptz not null
);
comment on table usage_category_form is 'The category of a form; a form without a row counts as a category of its own, named by its title';
create index usage_category_form_by_category on usage_category_form (category_id);

create table historical_usage (
    fiscal_year integer     not null,
    position    integer     not null,
    category_id uuid        not null references usage_category (id),
    item        text,
    submissions bigint      not null check (submissions >= 0),
    imported_at timestamptz not null,
    primary key (fiscal_year, position)
);
comment on table historical_usage is 'Usage figures from before the system, as imported: per year, each category''s total (item null) and its breakdown rows';
create unique index historical_usage_one_total on historical_usage (fiscal_year, category_id) where item is null;
