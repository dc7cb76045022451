-- Locks several leads at once, in lead id order (the order every transaction takes more than one in, so
-- two of them never wait on each other), then runs a query over them in a snapshot taken after the
-- locks were granted (a volatile function starts each of its statements afresh): one round trip.
-- The body spells its semicolons as \073 because the offline migration route splits scripts at every semicolon.
DROP FUNCTION "json_rows_after_lead_lock"(UUID, TEXT);

CREATE FUNCTION "json_rows_after_lead_locks"("lead_ids" UUID[], "query" TEXT) RETURNS SETOF JSON LANGUAGE plpgsql VOLATILE
AS E'BEGIN PERFORM pg_advisory_xact_lock(hashtextextended(id::text, 7)) FROM (SELECT DISTINCT unnest(lead_ids) AS id ORDER BY 1) AS ordered\073 RETURN QUERY EXECUTE query USING lead_ids\073 END';
