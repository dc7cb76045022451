import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';

/** A lead the default fit model qualifies: business address, senior title, company and country. */
export function qualifyingLead(email: string, source = 'e2e') {
  return { email, firstName: 'Ada', lastName: 'Janssen', jobTitle: 'Head of Marketing', company: 'Example Robotics', country: 'NL', source };
}

/** A well-formed capture.lead.captured.v1 envelope for a new lead id, as an upstream producer would send it. */
export function capturedEnvelope(leadId: string) {
  const sample = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', '..', 'libs', 'contracts', 'samples', 'capture.lead.captured.v1.json'), 'utf8'),
  );
  const id = uuidv7();
  return { ...sample, id, correlationId: id, payload: { ...sample.payload, leadId } };
}
