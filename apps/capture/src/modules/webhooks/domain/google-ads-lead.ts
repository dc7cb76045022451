import { z } from 'zod';
import { leadRequestSchema } from '../../leads/lead-request.schema';
import { emptyLeadInput, splitFullName } from './empty-lead-input';

export const googleAdsLeadSchema = z.object({
  lead_id: z.string().min(1).max(200),
  api_version: z.string().max(20).optional(),
  form_id: z.union([z.number(), z.string().max(100)]).optional(),
  campaign_id: z.union([z.number(), z.string().max(100)]).optional(),
  adgroup_id: z.union([z.number(), z.string().max(100)]).optional(),
  creative_id: z.union([z.number(), z.string().max(100)]).optional(),
  gcl_id: z.string().max(500).optional(),
  google_key: z.string().max(500),
  is_test: z.boolean().default(false),
  user_column_data: z
    .array(z.object({ column_id: z.string().max(100), string_value: z.string().max(2000), column_name: z.string().max(200).optional() }))
    .max(100),
});

export type GoogleAdsLead = z.infer<typeof googleAdsLeadSchema>;

/** The fields Accord keeps, by Google's column id; the others stay in the encrypted raw payload. */
function column(lead: GoogleAdsLead, columnId: string): string | null {
  return lead.user_column_data.find((entry) => entry.column_id === columnId)?.string_value.trim() || null;
}

/** Google's lead as the shape the JSON API accepts, so both are validated by the same rules. */
export function googleAdsLeadAsRequest(lead: GoogleAdsLead) {
  const fullName = column(lead, 'FULL_NAME');
  const split = fullName ? splitFullName(fullName) : { firstName: null, lastName: null };
  const base = emptyLeadInput(column(lead, 'EMAIL') ?? column(lead, 'WORK_EMAIL') ?? '');
  return leadRequestSchema.safeParse({
    ...base,
    firstName: column(lead, 'FIRST_NAME') ?? split.firstName,
    lastName: column(lead, 'LAST_NAME') ?? split.lastName,
    phone: column(lead, 'PHONE_NUMBER') ?? column(lead, 'WORK_PHONE'),
    company: column(lead, 'COMPANY_NAME'),
    jobTitle: column(lead, 'JOB_TITLE'),
    country: column(lead, 'COUNTRY'),
    form: lead.form_id === undefined ? null : String(lead.form_id),
    campaign: lead.campaign_id === undefined ? null : String(lead.campaign_id),
    medium: 'paid',
    clickIds: { ...base.clickIds, gclid: lead.gcl_id ?? null },
    occurredAt: undefined,
    isTest: lead.is_test,
  });
}
