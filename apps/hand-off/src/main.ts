import './source-maps';
import './tracing';
import { runService } from '@accord/platform';
import { handOffService } from './hand-off-service';

void runService(handOffService);
