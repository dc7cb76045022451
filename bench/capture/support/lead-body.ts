/** A new person for every sequence number, one the default playbook qualifies, so the lead goes all the way to an assignment. */
export function qualifyingLeadBody(runId: string, sequence: number): string {
  return JSON.stringify({
    email: `ada.${runId}.${sequence}@example-robotics.nl`,
    firstName: 'Ada',
    lastName: 'Janssen',
    jobTitle: 'Head of Marketing',
    company: 'Example Robotics',
    country: 'NL',
    utm: { source: 'google', medium: 'cpc', campaign: 'bench' },
    consent: { marketing: true },
  });
}
