import { Money } from '@accord/contracts';

export const attributionGroupings = ['channel', 'source', 'campaign', 'marketer'] as const;
export type AttributionGrouping = (typeof attributionGroupings)[number];

/** Credited revenue of one group in one currency; amounts in different currencies are never added. */
export interface AttributionGroup {
  key: string | null;
  credited: Money;
  deals: number;
}
