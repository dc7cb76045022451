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

export interface TouchpointDetails {
  channel: CaptureChannel;
  source: string;
  campaign: string | null;
  medium: string | null;
  occurredAt: Date;
  consentMarketing: boolean;
}

/** A lead as any channel hands it over, before identity resolution. */
export interface LeadSubmission {
  person: PersonDetails;
  touchpoint: TouchpointDetails;
  isTest: boolean;
}

export type CaptureOutcome = { leadId: string; outcome: 'created' | 'merged' };
