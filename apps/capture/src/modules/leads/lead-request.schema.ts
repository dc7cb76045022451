import { z } from 'zod';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

export const leadRequestSchema = z.object({
  email: z.string().trim().pipe(z.email().max(320)),
  firstName: optionalText(200),
  lastName: optionalText(200),
  phone: optionalText(50),
  jobTitle: optionalText(200),
  company: optionalText(300),
  country: optionalText(100),
  source: z.string().trim().min(1).max(200).default('api'),
  campaign: optionalText(200),
  medium: optionalText(100),
  consent: z.object({ marketing: z.boolean() }).default({ marketing: false }),
  isTest: z.boolean().default(false),
});

export type LeadRequest = z.infer<typeof leadRequestSchema>;
