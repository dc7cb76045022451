import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';

@Injectable()
export class LeadQualityRepository {
  constructor(private readonly database: HandOffDatabase) {}

  /** Sales-track decisions taken in [from, to), by status and by rejection reason. */
  async decisions(from: Date, to: Date) {
    const where = { track: 'sales', statusAt: { gte: from, lt: to } };
    const [byStatus, byReason] = await Promise.all([
      this.database.assignment.groupBy({ by: ['status'], where, _count: { _all: true } }),
      this.database.assignment.groupBy({ by: ['rejectionReason'], where: { ...where, status: 'rejected' }, _count: { _all: true } }),
    ]);
    return {
      byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
      byReason: byReason.map((row) => ({ reason: row.rejectionReason, count: row._count._all })),
    };
  }
}
