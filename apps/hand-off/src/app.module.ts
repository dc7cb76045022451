import { DynamicModule, Module } from '@nestjs/common';
import { ServiceModule } from '@accord/platform';
import { HandOffConfig } from './config/hand-off-config';
import { HandOffDatabase } from './database/hand-off-database';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { LeadProfilesModule } from './modules/lead-profiles/lead-profiles.module';
import { OrganizationModule } from './modules/organization/organization.module';
import { OutcomesModule } from './modules/outcomes/outcomes.module';
import { RepActionsModule } from './modules/rep-actions/rep-actions.module';
import { SlaModule } from './modules/sla/sla.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

@Module({})
export class HandOffModule {
  static register(config: HandOffConfig): DynamicModule {
    return {
      module: HandOffModule,
      imports: [
        ServiceModule.forRoot({ service: 'hand-off', config, databaseClient: HandOffDatabase }),
        OrganizationModule,
        LeadProfilesModule,
        AssignmentsModule,
        SlaModule,
        RepActionsModule,
        OutcomesModule,
        WebhooksModule,
      ],
    };
  }
}
