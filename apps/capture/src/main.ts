import './tracing';
import { runService } from '@accord/platform';
import { CaptureModule } from './app.module';
import { captureConfigSchema } from './config/capture-config';

void runService({ service: 'capture', configSchema: captureConfigSchema, module: CaptureModule.register });
