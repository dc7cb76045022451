import './source-maps';
import './tracing';
import { runService } from '@accord/platform';
import { enrichmentService } from './enrichment-service';

void runService(enrichmentService);
