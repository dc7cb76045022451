import { ToolError } from './tool-error.mjs';

export function requireDatabaseUrl(env) {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new ToolError(
      'DATABASE_URL is not set: export the service database URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord_capture',
    );
  }
  return url;
}

export function databaseNameOf(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function withDatabaseName(url, databaseName) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(databaseName)}`;
  return parsed.toString();
}

export function shadowDatabaseUrlFor(databaseUrl, env) {
  return (
    env.SHADOW_DATABASE_URL ||
    withDatabaseName(databaseUrl, `${databaseNameOf(databaseUrl)}_shadow`)
  );
}
