import { Campaign } from './demo-company';
import { call, HttpError, PlatformUrls } from './platform-client';
import { LeadRequestBody, PlannedLead } from './traffic-plan';

export interface CaptureAccess {
  urls: PlatformUrls;
  adminKey: string;
  /** A configured web form for the website's campaigns, if any (WEB_FORMS). */
  formKey: string | null;
  /** GOOGLE_ADS_WEBHOOK_KEY, if the demo knows it. */
  googleAdsKey: string | null;
}

const recent = 2 * 86_400_000;

/** Capture takes the touchpoint's source from the API key, so each source gets one. */
export async function apiKeysBySource(access: CaptureAccess, sources: string[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const source of new Set(sources)) {
    const created = await call<{ key: string }>('POST', `${access.urls.capture}/v1/admin/api-keys`, { name: `demo ${source}`, source }, { authorization: `Bearer ${access.adminKey}` });
    keys.set(source, created.key);
  }
  return keys;
}

/** Whether capture has this web form (its CORS preflight answers 404 for an unknown form). */
export async function formExists(captureUrl: string, formKey: string): Promise<boolean> {
  const response = await fetch(`${captureUrl}/v1/forms/${formKey}`, { method: 'OPTIONS', headers: { origin: 'https://nordlicht-robotics.example' } });
  return response.status !== 404;
}

function formFields(request: LeadRequestBody): URLSearchParams {
  return new URLSearchParams({
    email: request.email,
    firstName: request.firstName,
    lastName: request.lastName,
    ...(request.phone ? { phone: request.phone } : {}),
    jobTitle: request.jobTitle,
    company: request.company,
    country: request.country,
    utm_source: request.utm.source,
    utm_medium: request.utm.medium,
    utm_campaign: request.utm.campaign,
    consentMarketing: request.consent.marketing ? 'on' : '',
  });
}

function googleAdsLead(request: LeadRequestBody, key: string, index: number) {
  const column = (column_id: string, string_value: string) => ({ column_id, string_value });
  return {
    lead_id: `demo-gads-${Date.now()}-${index}`,
    campaign_id: request.campaign,
    gcl_id: request.clickIds.gclid,
    google_key: key,
    user_column_data: [
      column('EMAIL', request.email),
      column('FULL_NAME', `${request.firstName} ${request.lastName}`),
      ...(request.phone ? [column('PHONE_NUMBER', request.phone)] : []),
      column('COMPANY_NAME', request.company),
      column('JOB_TITLE', request.jobTitle),
      column('COUNTRY', request.country),
    ],
  };
}

/** Which endpoint carries a lead: leads of the last two days arrive live through their own channel when it is set up; older ones are backfilled over the JSON API with their original time. */
export function channelFor(lead: PlannedLead, access: Pick<CaptureAccess, 'formKey' | 'googleAdsKey'>, now: number): Campaign['channel'] {
  const live = now - Date.parse(lead.request.occurredAt) < recent;
  if (live && lead.campaign.channel === 'web_form' && access.formKey) return 'web_form';
  if (live && lead.campaign.channel === 'google_ads' && access.googleAdsKey) return 'google_ads';
  return 'api';
}

/** Sends one lead; its id, or null when capture refused it (the error is counted, not fatal). */
export async function sendLead(access: CaptureAccess, keys: Map<string, string>, lead: PlannedLead, index: number, now: number): Promise<{ leadId: string | null; channel: Campaign['channel']; error?: string }> {
  const channel = channelFor(lead, access, now);
  try {
    if (channel === 'web_form') {
      const response = await fetch(`${access.urls.capture}/v1/forms/${access.formKey}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://nordlicht-robotics.example', referer: lead.request.landingPage },
        body: formFields(lead.request),
      });
      const body = (await response.json()) as { leadId?: string };
      if (!response.ok) throw new HttpError(response.status, JSON.stringify(body));
      return { leadId: body.leadId ?? null, channel };
    }
    if (channel === 'google_ads' && access.googleAdsKey) {
      const answer = await call<{ leadId: string }>('POST', `${access.urls.capture}/v1/webhooks/google-ads`, googleAdsLead(lead.request, access.googleAdsKey, index));
      return { leadId: answer.leadId, channel };
    }
    const answer = await call<{ leadId: string }>('POST', `${access.urls.capture}/v1/leads`, lead.request, { authorization: `Bearer ${keys.get(lead.campaign.source)}` });
    return { leadId: answer.leadId, channel };
  } catch (error) {
    return { leadId: null, channel, error: (error as Error).message };
  }
}
