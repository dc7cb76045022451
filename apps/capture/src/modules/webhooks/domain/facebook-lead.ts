import { z } from 'zod';
import { leadRequestSchema } from '../../leads/lead-request.schema';
import { emptyLeadInput, splitFullName } from './empty-lead-input';

const graphId = z.union([z.string().regex(/^[0-9A-Za-z_-]{1,100}$/), z.number().int().nonnegative()]).transform(String);

export const facebookNotificationSchema = z.object({
  object: z.literal('page'),
  entry: z
    .array(
      z.object({
        id: graphId.optional(),
        time: z.number().optional(),
        changes: z
          .array(
            z.object({
              field: z.string().max(100),
              value: z.object({
                leadgen_id: graphId,
                page_id: graphId.optional(),
                form_id: graphId.optional(),
                ad_id: graphId.optional(),
                created_time: z.number().optional(),
              }),
            }),
          )
          .max(1000),
      }),
    )
    .min(1)
    .max(1000),
});

export type FacebookNotification = z.infer<typeof facebookNotificationSchema>;

export interface LeadgenReference {
  leadgenId: string;
  pageId: string | null;
  formId: string | null;
  adId: string | null;
}

export function leadgenReferences(notification: FacebookNotification): LeadgenReference[] {
  return notification.entry.flatMap((entry) =>
    entry.changes
      .filter((change) => change.field === 'leadgen')
      .map(({ value }) => ({
        leadgenId: value.leadgen_id,
        pageId: value.page_id ?? entry.id ?? null,
        formId: value.form_id ?? null,
        adId: value.ad_id ?? null,
      })),
  );
}

export const graphLeadSchema = z.object({
  id: z.string(),
  created_time: z.string().optional(),
  form_id: z.string().optional(),
  campaign_id: z.string().optional(),
  is_organic: z.boolean().optional(),
  field_data: z.array(z.object({ name: z.string(), values: z.array(z.string()).default([]) })).default([]),
});

export type GraphLead = z.infer<typeof graphLeadSchema>;

/** Facebook's lead as the shape the JSON API accepts, so both are validated by the same rules. */
export function graphLeadAsRequest(lead: GraphLead, reference: LeadgenReference) {
  const field = (...names: string[]) =>
    names.map((name) => lead.field_data.find((entry) => entry.name === name)?.values[0]?.trim()).find(Boolean) ?? null;
  const fullName = field('full_name');
  const split = fullName ? splitFullName(fullName) : { firstName: null, lastName: null };
  const base = emptyLeadInput(field('email', 'work_email') ?? '');
  const createdAt = lead.created_time ? new Date(lead.created_time) : null;
  return leadRequestSchema.safeParse({
    ...base,
    firstName: field('first_name') ?? split.firstName,
    lastName: field('last_name') ?? split.lastName,
    phone: field('phone_number', 'work_phone_number'),
    company: field('company_name'),
    jobTitle: field('job_title'),
    country: field('country'),
    form: lead.form_id ?? reference.formId,
    campaign: lead.campaign_id ?? null,
    medium: lead.is_organic ? 'organic' : 'paid',
    occurredAt: createdAt && !Number.isNaN(createdAt.getTime()) ? createdAt.toISOString() : undefined,
  });
}
