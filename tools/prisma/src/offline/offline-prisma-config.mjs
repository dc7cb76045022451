import { fileURLToPath } from 'node:url';

const adapterFactoryModule = fileURLToPath(
  new URL('./migration-adapter-factory.mjs', import.meta.url),
);

// A Prisma 6.19 config that runs the WebAssembly schema engine through the pg driver adapter.
// URLs are read from the environment when the CLI loads it, so no secret is written to disk.
export function offlinePrismaConfigSource({ schemaPath, migrationsPath }) {
  return `import { createMigrationAdapterFactory } from ${JSON.stringify(adapterFactoryModule)};

export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: ${JSON.stringify(schemaPath)},
  migrations: { path: ${JSON.stringify(migrationsPath)} },
  adapter: async () =>
    createMigrationAdapterFactory({
      databaseUrl: process.env.DATABASE_URL,
      shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
    }),
};
`;
}
