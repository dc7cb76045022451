import './source-maps';
import './tracing';
import { runService } from '@accord/platform';
import { captureService } from './capture-service';

void runService(captureService);
