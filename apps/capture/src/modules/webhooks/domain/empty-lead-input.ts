import { LeadInput } from '../../leads/domain/build-lead-submission';

/** A lead input with nothing but the e-mail, for channels that fill in what their provider sends. */
export function emptyLeadInput(email: string): LeadInput {
  return {
    email,
    firstName: null,
    lastName: null,
    phone: null,
    jobTitle: null,
    company: null,
    country: null,
    form: null,
    campaign: null,
    medium: null,
    utm: { source: null, medium: null, campaign: null, term: null, content: null },
    clickIds: { gclid: null, fbclid: null, liFatId: null },
    landingPage: null,
    referrer: null,
    occurredAt: null,
    consent: { marketing: null, records: [] },
    isTest: false,
  };
}

/** Splits "Ada van Janssen" into "Ada" and "van Janssen". */
export function splitFullName(fullName: string): { firstName: string | null; lastName: string | null } {
  const [first, ...rest] = fullName.trim().split(/\s+/);
  return { firstName: first || null, lastName: rest.length > 0 ? rest.join(' ') : null };
}
