export * from './auth-config.schema';
export * from './configuration-error';
export * from './env-types';
export * from './load-config';
export * from './service-config.schema';
