import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { notFound, unknownReference } from './not-found.problem';
import { RoutingRuleRepository } from './routing-rule.repository';
import { RoutingRuleRequest, routingRuleRequestSchema } from './routing-rule-request.schema';
import { TeamRepository } from './team.repository';
import { TerritoryRepository } from './territory.repository';
import { slugSchema } from './working-hours.schema';

@Controller('v1/routing-rules')
export class RoutingRulesController {
  constructor(
    private readonly rules: RoutingRuleRepository,
    private readonly teams: TeamRepository,
    private readonly territories: TerritoryRepository,
  ) {}

  @Roles('admin')
  @Put(':id')
  async save(
    @Param('id', new ZodValidationPipe(slugSchema)) id: string,
    @Body(new ZodValidationPipe(routingRuleRequestSchema)) rule: RoutingRuleRequest,
  ) {
    if (!(await this.teams.exists(rule.teamId))) throw unknownReference('/teamId', 'team', rule.teamId);
    const [missingTerritory] = await this.territories.missing(rule.conditions.territoryIds ?? []);
    if (missingTerritory) throw unknownReference('/conditions/territoryIds', 'territory', missingTerritory);
    return this.rules.save(id, rule);
  }

  /** In the order they are tried: the first rule whose conditions all hold wins. */
  @Get()
  list() {
    return this.rules.list();
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', new ZodValidationPipe(slugSchema)) id: string) {
    if (!(await this.rules.remove(id))) throw notFound('Routing rule', id);
  }
}
