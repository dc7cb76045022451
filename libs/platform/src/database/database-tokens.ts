/** The service's Prisma client, for code that only needs transactions or a readiness probe. */
export const DATABASE = Symbol('DATABASE');
