import { CliError } from '../cli-error';
import { ServiceName, serviceNames } from '../settings/cli-settings';

export type ServiceResult<T> = { service: ServiceName; ok: true; value: T } | { service: ServiceName; ok: false; error: string };

/** Asks every service at once; one that fails is reported beside the others' answers. */
export async function askEachService<T>(
  ask: (service: ServiceName) => Promise<T>,
  services: readonly ServiceName[] = serviceNames,
): Promise<ServiceResult<T>[]> {
  return Promise.all(
    services.map(async (service): Promise<ServiceResult<T>> => {
      try {
        return { service, ok: true, value: await ask(service) };
      } catch (error) {
        return { service, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

/** After the answers are printed: a non-zero exit naming each service that failed. */
export function failIfAnyFailed(results: ServiceResult<unknown>[]): void {
  const failed = results.filter((result): result is Extract<ServiceResult<unknown>, { ok: false }> => !result.ok);
  if (failed.length > 0) throw new CliError(failed.map((result) => result.error).join('\n'));
}
