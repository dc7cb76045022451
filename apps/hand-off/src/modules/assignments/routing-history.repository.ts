import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';

@Injectable()
export class RoutingHistoryRepository {
  constructor(private readonly database: HandOffDatabase) {}

  async forLead(leadId: string) {
    const [assignments, decisions] = await Promise.all([
      this.database.assignment.findMany({ where: { leadId }, orderBy: { id: 'asc' } }),
      this.database.routingDecision.findMany({ where: { leadId }, orderBy: { decidedAt: 'asc' } }),
    ]);
    return assignments.length > 0 ? { assignments, decisions } : null;
  }
}
