import { AccordEvent } from '@accord/contracts';
import { EventContext } from './event-context';

const event = (id: string, leadId: string, to: string) => ({ id, type: 'scoring.lead.stage-changed.v1', payload: { leadId, to } }) as unknown as AccordEvent;
const ids = (events: AccordEvent[]) => events.map((one) => one.id);
const isMql = (candidate: AccordEvent) => (candidate.payload as { to: string }).to === 'mql';

describe('EventContext.nextOfEachLead', () => {
  const chunk = [
    event('e1', 'lead-a', 'mql'),
    event('e2', 'lead-b', 'mql'),
    event('e3', 'lead-a', 'nurture'),
    event('e4', 'lead-c', 'nurture'),
    event('e5', 'lead-c', 'mql'),
    event('e6', 'lead-d', 'mql'),
  ];
  const context = new EventContext([{ $executeRawUnsafe: async () => 0, $queryRawUnsafe: async () => [] }, { topic: 't', partition: 0, offset: '0', attempt: 1 }, chunk]);

  it('keeps the event itself first, then the wanted next event of every other lead, in chunk order', () => {
    expect(ids(context.nextOfEachLead(chunk[0], isMql))).toEqual(['e1', 'e2', 'e6']);
  });

  it('leaves out a lead whose next event is not wanted, even when a wanted one follows it', () => {
    expect(ids(context.nextOfEachLead(chunk[2], isMql))).toEqual(['e3', 'e6']);
  });

  it('leaves out a lead whose next event is of another type', () => {
    const mixed = [event('e1', 'lead-a', 'mql'), { ...event('e2', 'lead-b', 'mql'), type: 'hand-off.lead.assigned.v1' } as AccordEvent, event('e3', 'lead-c', 'mql')];
    const context = new EventContext([{ $executeRawUnsafe: async () => 0, $queryRawUnsafe: async () => [] }, { topic: 't', partition: 0, offset: '0', attempt: 1 }, mixed]);

    expect(ids(context.nextOfEachLead(mixed[0]))).toEqual(['e1', 'e3']);
  });

  it('looks only at the events from this one on', () => {
    expect(ids(context.nextOfEachLead(chunk[4], isMql))).toEqual(['e5', 'e6']);
  });

  it('answers only the event for one applied on its own', () => {
    const alone = event('e9', 'lead-z', 'mql');
    const single = new EventContext([{ $executeRawUnsafe: async () => 0, $queryRawUnsafe: async () => [] }, { topic: 't', partition: 0, offset: '9', attempt: 1 }]);

    expect(ids(single.nextOfEachLead(alone, isMql))).toEqual(['e9']);
  });
});
