import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';

@Injectable()
export class RoutingHistoryRepository {
  constructor(private readonly database: HandOffDatabase) {}

  async forLead(leadId: string) {
    const [assignment, decisions] = await Promise.all([
      this.database.assignment.findUnique({ where: { leadId } }),
      this.database.routingDecision.findMany({ where: { leadId }, orderBy: { decidedAt: 'asc' } }),
    ]);
    return assignment ? { assignment, decisions } : null;
  }
}
