/**
 * The routing configuration version a transaction has read. Routing rules, territories and webhook
 * subscriptions move it, so whatever is cached under it can be used in that transaction without a
 * read of its own.
 */
const versionOf = new WeakMap<object, string>();

export function rememberConfigurationVersion(transaction: object, version: string): void {
  versionOf.set(transaction, version);
}

export function configurationVersionOf(transaction: object): string | undefined {
  return versionOf.get(transaction);
}
