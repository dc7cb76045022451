export { eventually, EventuallyTimeoutError, type EventuallyOptions } from './eventually';
export { kafkaForTests, type KafkaForTests } from './kafka-for-tests';
export { pinnedKafkaVersion } from './pinned-kafka-version';
export { postgresForTests, type PostgresForTests } from './postgres-for-tests';
export { createTestDatabase, type TestDatabase } from './create-test-database';
export { uniqueName } from './unique-name';
export { createMigratedTestDatabase } from './migrated-test-database';
export { fuzzHttpRoutes, type FuzzedRoute, type HttpFuzzFinding, type HttpFuzzOptions, type HttpFuzzReport } from './fuzz-http-routes';
export { adminKeyHeaders, probeRoutes, routesOpenWithoutCredentials, testAdminApiKey, testAuthEnv, testJwtSecret, type ProbedRoute } from './test-credentials';
