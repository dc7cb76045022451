-- Takes a lead's transaction-scoped lock, then runs a query in a snapshot taken after the lock was
-- granted (a volatile function starts each of its statements afresh), all in one round trip.
-- The body spells its semicolons as \073 because the offline migration route splits scripts at every semicolon.
CREATE FUNCTION "json_rows_after_lead_lock"("lead_id" UUID, "query" TEXT) RETURNS SETOF JSON LANGUAGE plpgsql VOLATILE
AS E'BEGIN PERFORM pg_advisory_xact_lock(hashtextextended(lead_id::text, 7))\073 RETURN QUERY EXECUTE query USING lead_id\073 END';
