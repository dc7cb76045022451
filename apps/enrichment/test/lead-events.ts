import { uuidv7 } from 'uuidv7';

export interface PersonDetails {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  company?: string | null;
  country?: string | null;
}

const touchpoint = () => ({
  touchpointId: uuidv7(),
  channel: 'web_form',
  source: 'website',
  campaign: null,
  medium: null,
  occurredAt: new Date().toISOString(),
});

const fullPerson = (person: PersonDetails) => ({
  firstName: null,
  lastName: null,
  phone: null,
  jobTitle: null,
  company: null,
  country: null,
  ...person,
});

export const capturedPayload = (leadId: string, person: PersonDetails) => ({
  leadId,
  person: fullPerson(person),
  touchpoint: touchpoint(),
  consent: { marketing: true },
  isTest: false,
});

export const touchpointPayload = (leadId: string, person: PersonDetails) => ({
  leadId,
  touchpoint: touchpoint(),
  person: fullPerson(person),
  consent: { marketing: true },
  matchedBy: 'email',
  isTest: false,
});
