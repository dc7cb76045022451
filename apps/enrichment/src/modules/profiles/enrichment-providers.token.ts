/** Every provider the pipeline runs, offline and remote; their order is worked out from what they need. */
export const ENRICHMENT_PROVIDERS = Symbol('ENRICHMENT_PROVIDERS');
