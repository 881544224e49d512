-- Each body's anchors (Fingerprint): a reprint cut short, or the wire text with a new lede or a paragraph added,
-- shares most of the shorter body's anchors with its origin, where whole-body MinHash bands can miss it.
-- Articles registered before keep an empty set and are found by their bands only, until their next revision.
alter table article_identity add column anchors bigint[] not null default '{}';

create table article_anchor (
    anchor     bigint not null,
    article_id text not null references article_identity (article_id) on delete cascade
);
create index article_anchor_key on article_anchor (anchor);
create index article_anchor_article on article_anchor (article_id);
