import { DeadLetterAdmin } from '@accord/messaging';
import { ServiceClient } from './http/service-client';
import { Output } from './output/output';
import { CliSettings, ServiceName } from './settings/cli-settings';

export type DeadLetters = Pick<DeadLetterAdmin, 'listTopics' | 'read' | 'replay' | 'close'>;

/** What commands reach the world through; tests give fakes. */
export interface CliContext {
  settings(): CliSettings;
  service(name: ServiceName): ServiceClient;
  deadLetters(): DeadLetters;
  output(json: boolean): Output;
}

/** Opens the dead-letter connection for one command and always closes it. */
export async function withDeadLetters<T>(context: CliContext, work: (deadLetters: DeadLetters) => Promise<T>): Promise<T> {
  const deadLetters = context.deadLetters();
  try {
    return await work(deadLetters);
  } finally {
    await deadLetters.close();
  }
}
