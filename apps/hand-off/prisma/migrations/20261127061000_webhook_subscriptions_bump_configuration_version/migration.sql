-- Hand-off caches the active webhook subscriptions under the routing configuration version too, so
-- changing a subscription moves that version in the changing transaction.
CREATE TRIGGER "webhook_subscriptions_bump_routing_configuration_version"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "webhook_subscriptions"
FOR EACH STATEMENT EXECUTE FUNCTION "bump_routing_configuration_version"();
