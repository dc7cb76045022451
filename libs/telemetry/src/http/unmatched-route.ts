/** Label for requests no route matched, so that scanners cannot explode metric cardinality. */
export const UNMATCHED_ROUTE = 'unmatched';
