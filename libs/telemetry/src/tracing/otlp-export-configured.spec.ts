import { isOtlpExportConfigured } from './otlp-export-configured';

describe('isOtlpExportConfigured', () => {
  it('is true when either the general or the traces endpoint is set', () => {
    expect(isOtlpExportConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(
      true,
    );
    expect(
      isOtlpExportConfigured({
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces',
      }),
    ).toBe(true);
  });

  it('is false when no endpoint is set or it is blank', () => {
    expect(isOtlpExportConfigured({})).toBe(false);
    expect(isOtlpExportConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBe(false);
  });
});
