import { DynamicModule, Module } from '@nestjs/common';
import { ServiceModule } from '@accord/platform';
import { RewardsConfig } from './config/rewards-config';
import { RewardsDatabase } from './database/rewards-database';
import { AttributionModule } from './modules/attribution/attribution.module';
import { BonusModule } from './modules/bonus/bonus.module';
import { ErasureModule } from './modules/erasure/erasure.module';
import { ExperimentsModule } from './modules/experiments/experiments.module';
import { FunnelModule } from './modules/funnel/funnel.module';
import { KpiModule } from './modules/kpis/kpi.module';
import { OkrModule } from './modules/okrs/okr.module';
import { PeopleModule } from './modules/people/people.module';
import { PipelineEventsModule } from './modules/pipeline-events/pipeline-events.module';
import { PulseModule } from './modules/pulse/pulse.module';

@Module({})
export class RewardsModule {
  static register(config: RewardsConfig): DynamicModule {
    return {
      module: RewardsModule,
      imports: [
        ServiceModule.forRoot({ service: 'rewards', config, databaseClient: RewardsDatabase }),
        FunnelModule,
        AttributionModule,
        KpiModule,
        PipelineEventsModule,
        PeopleModule,
        PulseModule,
        BonusModule,
        OkrModule,
        ExperimentsModule,
        ErasureModule,
      ],
    };
  }
}
