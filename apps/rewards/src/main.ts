import './source-maps';
import './tracing';
import { runService } from '@accord/platform';
import { RewardsModule } from './app.module';
import { rewardsConfigSchema } from './config/rewards-config';

void runService({ service: 'rewards', configSchema: rewardsConfigSchema, module: RewardsModule.register });
