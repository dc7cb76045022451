import { Module } from '@nestjs/common';
import { KpiModule } from '../kpis/kpi.module';
import { BonusController } from './bonus.controller';
import { BonusPlanRepository } from './bonus-plan.repository';
import { BonusStatementRepository } from './bonus-statement.repository';
import { IssueStatementUsecase } from './issue-statement.usecase';
import { StatementInputsRepository } from './statement-inputs.repository';

@Module({
  imports: [KpiModule],
  controllers: [BonusController],
  providers: [BonusPlanRepository, BonusStatementRepository, StatementInputsRepository, IssueStatementUsecase],
})
export class BonusModule {}
