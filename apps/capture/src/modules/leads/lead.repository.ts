import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { CaptureTransaction } from '../../database/capture-database';
import { CaptureDatabase } from '../../database/capture-database';
import { LeadSubmission, TouchpointDetails } from './domain/lead-submission';

@Injectable()
export class LeadRepository {
  constructor(private readonly database: CaptureDatabase) {}

  /** Inserts the lead unless one with the same e-mail exists; true when this call created it. */
  async createIfAbsent(transaction: CaptureTransaction, leadId: string, submission: LeadSubmission): Promise<boolean> {
    const { count } = await transaction.lead.createMany({
      data: [{ id: leadId, ...submission.person, isTest: submission.isTest }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async findIdByEmail(transaction: CaptureTransaction, email: string): Promise<string | null> {
    const lead = await transaction.lead.findUnique({ where: { email }, select: { id: true } });
    return lead?.id ?? null;
  }

  async addTouchpoint(transaction: CaptureTransaction, leadId: string, touchpoint: TouchpointDetails): Promise<void> {
    await transaction.touchpoint.create({ data: { id: uuidv7(), leadId, ...touchpoint } });
  }

  findById(leadId: string) {
    return this.database.lead.findUnique({ where: { id: leadId }, include: { touchpoints: true } });
  }
}
