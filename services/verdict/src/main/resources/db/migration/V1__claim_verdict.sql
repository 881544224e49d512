-- One row per claim: its state as the verdict service last decided it (JSON of ClaimVerdict).
create table claim_verdict (
    claim_id      text primary key,
    article_id    text  not null,
    state         jsonb not null,
    -- while the automatic label is Pending: when it turns into Insufficient evidence unless evidence arrives
    pending_until timestamptz
);
create index claim_verdict_pending on claim_verdict (pending_until) where pending_until is not null;
