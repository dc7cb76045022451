/** One rule's share of a score: what it was, which dimension, how many points, over how many activities. */
export interface Contribution {
  rule: string;
  dimension: 'fit' | 'engagement';
  points: number;
  activities?: number;
}
