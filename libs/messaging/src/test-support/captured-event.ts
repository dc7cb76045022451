import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { createEvent } from '../event-factory';

export function capturedEvent(leadId = uuidv7()): AccordEvent<'capture.lead.captured.v1'> {
  return createEvent(
    'capture.lead.captured.v1',
    {
      leadId,
      person: { email: 'ada@example.nl', firstName: null, lastName: null, phone: null, jobTitle: null, company: null, country: null },
      touchpoint: { channel: 'api', source: 'test', campaign: null, medium: null, occurredAt: new Date().toISOString() },
      consent: { marketing: false },
      isTest: true,
    },
    { producer: 'capture' },
  );
}
