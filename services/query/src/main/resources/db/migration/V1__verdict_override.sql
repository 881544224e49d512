-- Every editorial decision on a claim's verdict, in the order made: the audit trail of overrides.
create table verdict_override (
    override_id  text primary key,
    claim_id     text        not null,
    article_id   text        not null,
    label        text,                 -- null: the editor withdrew the claim's override
    note         text        not null,
    editor       text        not null,
    requested_at timestamptz not null
);
create index verdict_override_claim on verdict_override (claim_id, requested_at);

-- Transactional outbox, written in the transaction of each decision. Debezium's outbox event router streams every
-- row to topic verdicts.overrides (deploy/local/verdict-overrides-connector.properties); column names are its defaults.
create table outbox (
    id            text primary key,
    aggregatetype text  not null,
    aggregateid   text  not null,
    type          text  not null,
    payload       jsonb not null
);
