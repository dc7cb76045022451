import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';
import { RoutingRuleRequest } from './routing-rule-request.schema';

@Injectable()
export class RoutingRuleRepository {
  constructor(private readonly database: HandOffDatabase) {}

  save(id: string, rule: RoutingRuleRequest) {
    return this.database.routingRule.upsert({ where: { id }, create: { id, ...rule }, update: rule });
  }

  list() {
    return this.database.routingRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  }

  async remove(id: string): Promise<boolean> {
    const { count } = await this.database.routingRule.deleteMany({ where: { id } });
    return count === 1;
  }
}
