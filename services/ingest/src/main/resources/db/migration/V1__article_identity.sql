-- One row per article URL: its current content, revision, origin and MinHash signature.
create table article_identity (
    article_id   text primary key,
    url          text not null,
    outlet       text not null,
    content_hash text not null,
    revision     integer not null,
    origin_id    text not null,
    minhash      integer[] not null,
    first_seen   timestamptz not null,
    updated_at   timestamptz not null
);

-- Locality-sensitive index over the signatures: articles whose bodies share most of their wording
-- share at least one band key with high probability.
create table article_band (
    band_key   bigint not null,
    article_id text not null references article_identity (article_id) on delete cascade
);
create index article_band_key on article_band (band_key);
create index article_band_article on article_band (article_id);
