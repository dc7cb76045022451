import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { PreparedOutboxRow } from '@accord/messaging';
import { CaptureTransaction } from '../../database/capture-database';
import { LeadRepository } from './lead.repository';
import { NewLead } from './lead-statements';

/** A person seen for the first time, ready to be written: the lead, its first touchpoint and its announcement. */
export interface FirstSighting {
  lead: NewLead;
  announcement: PreparedOutboxRow;
}

/** Group statements under way at once; sightings arriving meanwhile wait and go together in the next. */
const concurrentGroups = 4;
const largestGroup = 200;

/**
 * Writes first sightings. Outside a transaction it commits them in groups: a request that arrives while
 * earlier groups are being written joins the next group, so under load many requests share one round
 * trip and one commit, and a request on its own goes straight through.
 */
@Injectable()
export class FirstSightings {
  private readonly groups: DataLoader<FirstSighting, boolean>;
  private freeSlots = concurrentGroups;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly leads: LeadRepository) {
    this.groups = new DataLoader((sightings) => this.writeGroup(sightings), {
      cache: false,
      maxBatchSize: largestGroup,
      batchScheduleFn: (dispatch) => this.whenSlotFree(dispatch),
    });
  }

  /** True when the lead was created; false, and nothing written, when its e-mail is known. */
  async create(sighting: FirstSighting, transaction: CaptureTransaction | null): Promise<boolean> {
    if (!transaction) return this.groups.load(sighting);
    return (await this.leads.createWithFirstTouchpoints([sighting.lead], [sighting.announcement], transaction)).has(sighting.lead.leadId);
  }

  private whenSlotFree(dispatch: () => void): void {
    if (this.freeSlots === 0) {
      this.waiting.push(dispatch);
      return;
    }
    this.freeSlots -= 1;
    setImmediate(dispatch);
  }

  private async writeGroup(sightings: readonly FirstSighting[]): Promise<Array<boolean | Error>> {
    try {
      return await this.writeTogether(sightings);
    } finally {
      const next = this.waiting.shift();
      if (next) setImmediate(next);
      else this.freeSlots += 1;
    }
  }

  private async writeTogether(sightings: readonly FirstSighting[]): Promise<Array<boolean | Error>> {
    try {
      const group = inEmailOrder(sightings);
      const created = await this.leads.createWithFirstTouchpoints(
        group.map((sighting) => sighting.lead),
        group.map((sighting) => sighting.announcement),
        null,
      );
      return sightings.map((sighting) => created.has(sighting.lead.leadId));
    } catch (error) {
      if (sightings.length === 1) return [error instanceof Error ? error : new Error(String(error))];
      // One row the database refuses fails its whole group: each is written again alone, so only it fails.
      return (await Promise.all(sightings.map((sighting) => this.writeTogether([sighting])))).flat();
    }
  }
}

/**
 * One sighting per e-mail, in e-mail order. A second sighting of an address in the same group is left
 * out (reported not created, so its caller merges it into the first); the common order means two
 * concurrent groups take the e-mails' index entries in the same order and cannot deadlock.
 */
function inEmailOrder(sightings: readonly FirstSighting[]): FirstSighting[] {
  const byEmail = new Map<string, FirstSighting>();
  for (const sighting of sightings) {
    const email = sighting.lead.submission.person.email;
    if (!byEmail.has(email)) byEmail.set(email, sighting);
  }
  return [...byEmail.values()].sort((a, b) => (a.lead.submission.person.email < b.lead.submission.person.email ? -1 : 1));
}
