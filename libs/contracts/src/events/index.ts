export * from './capture/lead-captured.v1';
export * from './enrichment/lead-enriched.v1';
export * from './hand-off/lead-assigned.v1';
export * from './scoring/lead-scored.v1';
export * from './scoring/lead-stage-changed.v1';
