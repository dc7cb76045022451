/** Spans leave the process only when an OTLP endpoint is configured; propagation works regardless. */
export function isOtlpExportConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return [env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'], env['OTEL_EXPORTER_OTLP_ENDPOINT']].some(
    (endpoint) => endpoint !== undefined && endpoint.trim() !== '',
  );
}
