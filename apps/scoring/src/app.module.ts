import { DynamicModule, Module } from '@nestjs/common';
import { ServiceModule } from '@accord/platform';
import { ScoringConfig } from './config/scoring-config';
import { ScoringDatabase } from './database/scoring-database';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ActivitiesModule } from './modules/activities/activities.module';
import { ClockModule } from './modules/clock/clock';
import { LifecycleModule } from './modules/lifecycle/lifecycle.module';
import { PlaybookModule } from './modules/playbook/playbook.module';
import { ScoresModule } from './modules/scores/scores.module';
import { WinModelModule } from './modules/win-model/win-model.module';

@Module({})
export class ScoringModule {
  static register(config: ScoringConfig): DynamicModule {
    return {
      module: ScoringModule,
      imports: [
        ServiceModule.forRoot({ service: 'scoring', config, databaseClient: ScoringDatabase }),
        ClockModule,
        PlaybookModule,
        WinModelModule,
        LifecycleModule,
        ScoresModule,
        ActivitiesModule,
        AccountsModule,
      ],
    };
  }
}
