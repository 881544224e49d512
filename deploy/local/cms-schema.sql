-- The newsroom CMS table that Debezium streams to topic cms.public.articles (database newsroom).
-- Applied by deploy/local/stack.sh when it initialises PostgreSQL; idempotent.
create table if not exists articles (
    id           bigserial primary key,
    url          text        not null,
    title        text        not null,
    body         text        not null,
    outlet       text,
    published_at timestamptz,
    updated_at   timestamptz not null default now()
);
-- Updates and deletes carry the whole old row.
alter table articles replica identity full;
