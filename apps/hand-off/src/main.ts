import './tracing';
import { runService } from '@accord/platform';
import { HandOffModule } from './app.module';
import { handOffConfigSchema } from './config/hand-off-config';

void runService({ service: 'hand-off', configSchema: handOffConfigSchema, module: HandOffModule.register });
