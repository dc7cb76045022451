import './source-maps';
import './tracing';
import { runService } from '@accord/platform';
import { ScoringModule } from './app.module';
import { scoringConfigSchema } from './config/scoring-config';

void runService({ service: 'scoring', configSchema: scoringConfigSchema, module: ScoringModule.register });
