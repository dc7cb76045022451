export interface LeadEngagement {
  leadId: string;
  stage: string;
  engagement: number;
  priority: number;
}

export interface AccountScore {
  accountId: string;
  leads: number;
  engagement: { sum: number; max: number; mean: number };
  /** The engaged leads first: who to call at the account. */
  mostEngaged: LeadEngagement[];
}

/** An account is as engaged as its people together (sum) and as its most engaged person (max). */
export function accountScore(accountId: string, leads: readonly LeadEngagement[], top = 5): AccountScore {
  const sum = leads.reduce((total, lead) => total + lead.engagement, 0);
  return {
    accountId,
    leads: leads.length,
    engagement: {
      sum,
      max: leads.reduce((max, lead) => Math.max(max, lead.engagement), 0),
      mean: leads.length === 0 ? 0 : Math.round((sum / leads.length) * 10) / 10,
    },
    mostEngaged: [...leads].sort((a, b) => b.engagement - a.engagement || b.priority - a.priority).slice(0, top),
  };
}
