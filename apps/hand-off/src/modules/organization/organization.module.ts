import { Module } from '@nestjs/common';
import { RepRepository } from './rep.repository';
import { RepsController } from './reps.controller';
import { RoutingRuleRepository } from './routing-rule.repository';
import { RoutingRulesController } from './routing-rules.controller';
import { TeamRepository } from './team.repository';
import { TeamsController } from './teams.controller';
import { TerritoriesController } from './territories.controller';
import { TerritoryRepository } from './territory.repository';

@Module({
  controllers: [TeamsController, RepsController, TerritoriesController, RoutingRulesController],
  providers: [TeamRepository, RepRepository, TerritoryRepository, RoutingRuleRepository],
  exports: [TeamRepository, RepRepository],
})
export class OrganizationModule {}
