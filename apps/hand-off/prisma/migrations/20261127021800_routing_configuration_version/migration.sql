-- CreateTable
CREATE TABLE "routing_configuration" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "routing_configuration_pkey" PRIMARY KEY ("id")
);

INSERT INTO "routing_configuration" ("id", "version") VALUES (true, 0);

-- Any change to what routing caches moves the version, in the changing transaction.
-- The body spells its semicolons as \073 because the offline migration route splits scripts at every semicolon.
CREATE FUNCTION "bump_routing_configuration_version"() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN UPDATE "routing_configuration" SET "version" = "version" + 1\073 RETURN NULL\073 END';

CREATE TRIGGER "routing_rules_bump_routing_configuration_version"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "routing_rules"
FOR EACH STATEMENT EXECUTE FUNCTION "bump_routing_configuration_version"();

CREATE TRIGGER "territories_bump_routing_configuration_version"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "territories"
FOR EACH STATEMENT EXECUTE FUNCTION "bump_routing_configuration_version"();
