import { PreparedOutboxRow } from '@accord/messaging';
import { LeadSubmission } from './domain/lead-submission';
import { FirstSighting, FirstSightings } from './first-sightings';
import { LeadRepository } from './lead.repository';
import { NewLead } from './lead-statements';

function sighting(email: string): FirstSighting {
  const submission = { person: { email } } as LeadSubmission;
  const leadId = `lead-of-${email}`;
  return {
    lead: { leadId, touchpointId: `touchpoint-of-${email}`, submission, sealedPayload: null },
    announcement: { eventId: `event-of-${email}`, key: leadId } as PreparedOutboxRow,
  };
}

/** A repository that records each statement's group and answers once `release` is called. */
class GroupRecorder {
  readonly groups: string[][] = [];
  private readonly gates: Array<() => void> = [];
  refuse = new Set<string>();

  readonly repository = {
    createWithFirstTouchpoints: async (leads: NewLead[], announcements: PreparedOutboxRow[]) => {
      const emails = leads.map((lead) => lead.submission.person.email);
      this.groups.push(emails);
      expect(announcements.map((row) => row.key)).toEqual(leads.map((lead) => lead.leadId));
      await new Promise<void>((resolve) => this.gates.push(resolve));
      if (emails.some((email) => this.refuse.has(email))) throw new Error(`value too long for ${emails.join(', ')}`);
      return new Set(leads.map((lead) => lead.leadId));
    },
  } as unknown as LeadRepository;

  async statementsUnderWay(count: number): Promise<void> {
    while (this.gates.length < count) await new Promise((resolve) => setImmediate(resolve));
  }

  release(): void {
    this.gates.splice(0).forEach((open) => open());
  }
}

describe('first sightings written in group commits', () => {
  it('lets sightings that arrive while every slot is busy wait and go together in one statement', async () => {
    const recorder = new GroupRecorder();
    const sightings = new FirstSightings(recorder.repository);
    const early = [];
    for (const email of ['a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl']) {
      early.push(sightings.create(sighting(email), null));
      await recorder.statementsUnderWay(early.length);
    }
    const late = ['h@x.nl', 'e@x.nl', 'g@x.nl', 'f@x.nl'].map((email) => sightings.create(sighting(email), null));
    await new Promise((resolve) => setImmediate(resolve));
    expect(recorder.groups).toHaveLength(4);

    recorder.release();
    await recorder.statementsUnderWay(1);
    recorder.release();
    expect(await Promise.all([...early, ...late])).toEqual(Array(8).fill(true));
    expect(recorder.groups).toEqual([['a@x.nl'], ['b@x.nl'], ['c@x.nl'], ['d@x.nl'], ['e@x.nl', 'f@x.nl', 'g@x.nl', 'h@x.nl']]);
  });

  it('writes one sighting per e-mail of a group and reports the repeat not created, so its caller merges it', async () => {
    const recorder = new GroupRecorder();
    const sightings = new FirstSightings(recorder.repository);
    const first = sighting('same@x.nl');
    const repeat = { ...sighting('same@x.nl'), lead: { ...first.lead, leadId: 'another-lead' } };
    const answers = Promise.all([sightings.create(first, null), sightings.create(repeat, null)]);
    await recorder.statementsUnderWay(1);
    recorder.release();
    expect(await answers).toEqual([true, false]);
    expect(recorder.groups).toEqual([['same@x.nl']]);
  });

  it('writes each sighting of a refused group again on its own, so only the refused one fails', async () => {
    const recorder = new GroupRecorder();
    recorder.refuse.add('bad@x.nl');
    const sightings = new FirstSightings(recorder.repository);
    const answers = ['good@x.nl', 'bad@x.nl', 'fine@x.nl'].map((email) => sightings.create(sighting(email), null).catch((error: Error) => error.message));
    await recorder.statementsUnderWay(1);
    recorder.release();
    await recorder.statementsUnderWay(3);
    recorder.release();
    expect(await Promise.all(answers)).toEqual([true, 'value too long for bad@x.nl', true]);
    expect(recorder.groups).toEqual([['bad@x.nl', 'fine@x.nl', 'good@x.nl'], ['good@x.nl'], ['bad@x.nl'], ['fine@x.nl']]);
  });
});
