-- The label a claim showed when the editor decided: with label (after) and requested_at, what the audit shows.
-- Null for decisions recorded before this column.
alter table verdict_override add column label_before text;
