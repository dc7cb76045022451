import { CaptureChannel } from '@accord/contracts';

export interface PersonDetails {
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  jobTitle: string | null;
  company: string | null;
  country: string | null;
}

export interface UtmParameters {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  term: string | null;
  content: string | null;
}

export interface ClickIds {
  gclid: string | null;
  fbclid: string | null;
  liFatId: string | null;
}

export interface TouchpointDetails {
  channel: CaptureChannel;
  source: string;
  form: string | null;
  campaign: string | null;
  medium: string | null;
  utm: UtmParameters;
  clickIds: ClickIds;
  landingPage: string | null;
  referrer: string | null;
  occurredAt: Date;
}

export interface ConsentDetails {
  purpose: string;
  granted: boolean;
  textVersion: string | null;
  recordedAt: Date;
  source: string;
}

/** A lead as any channel hands it over, before identity resolution. */
export interface LeadSubmission {
  person: PersonDetails;
  /** The phone number in E.164, the second identity key after the e-mail address. */
  phoneE164: string | null;
  touchpoint: TouchpointDetails;
  consents: ConsentDetails[];
  marketingConsent: boolean;
  isTest: boolean;
  /** The provider's id of this lead, so the same lead delivered twice is captured once. */
  externalId: string | null;
  /** What the channel received, kept encrypted for audit. */
  rawPayload: unknown;
}

export type MatchedBy = 'email' | 'phone';

export type CaptureOutcome = { leadId: string; outcome: 'created' | 'merged' | 'duplicate' };
