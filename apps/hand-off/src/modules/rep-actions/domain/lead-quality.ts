import { RejectionReason, rejectionReasons } from '@accord/contracts';

export interface LeadQualityFeedback {
  decided: number;
  accepted: number;
  rejected: number;
  recycled: number;
  converted: number;
  acceptanceRate: number | null;
  rejectionsByReason: Record<RejectionReason, number>;
}

/**
 * Sales feedback on handed-off leads for marketing: a lead counts as accepted when sales took it
 * on (accepted or converted). Marketing-track leads are left out: they are not sales' verdict.
 */
export function leadQualityFeedback(
  byStatus: Array<{ status: string; count: number }>,
  byReason: Array<{ reason: string | null; count: number }>,
): LeadQualityFeedback {
  const count = (status: string) => byStatus.find((row) => row.status === status)?.count ?? 0;
  const [accepted, rejected, recycled, converted] = ['accepted', 'rejected', 'recycled', 'converted'].map(count);
  const decided = accepted + rejected + recycled + converted;
  const rejectionsByReason = Object.fromEntries(rejectionReasons.map((reason) => [reason, 0])) as Record<RejectionReason, number>;
  for (const row of byReason) {
    if (row.reason && row.reason in rejectionsByReason) rejectionsByReason[row.reason as RejectionReason] += row.count;
  }
  return {
    decided,
    accepted,
    rejected,
    recycled,
    converted,
    acceptanceRate: decided === 0 ? null : Math.round(((accepted + converted) / decided) * 10_000) / 10_000,
    rejectionsByReason,
  };
}
