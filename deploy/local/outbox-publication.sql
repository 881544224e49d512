-- The publication that Debezium's outbox connector (verdict-overrides-connector.properties) streams from: every table of
-- schema "editorial" in database factstream, where the query service's migrations create the outbox table.
-- It exists before the query service first starts, so the connector runs from the start. Idempotent.
create schema if not exists editorial;
do $$
begin
    if not exists (select 1 from pg_publication where pubname = 'factstream_outbox') then
        create publication factstream_outbox for tables in schema editorial;
    end if;
end
$$;
