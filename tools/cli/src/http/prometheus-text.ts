/** The value of an unlabelled gauge or counter in Prometheus text exposition; null when absent. */
export function metricValue(exposition: string, name: string): number | null {
  for (const line of exposition.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line.trim());
    if (match && match[1] === name) return Number(match[3]);
  }
  return null;
}
