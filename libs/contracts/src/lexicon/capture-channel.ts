import { z } from 'zod';

export const captureChannels = [
  'api',
  'web_form',
  'facebook_lead_ads',
  'google_ads',
  'linkedin_lead_gen',
  'csv_import',
  'kafka',
] as const;

export const CaptureChannel = z.enum(captureChannels);
export type CaptureChannel = z.infer<typeof CaptureChannel>;
