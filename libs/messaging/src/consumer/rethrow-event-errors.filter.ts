import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/** Hands handler errors back to the event runner unchanged, so it can tell retryable from poison. */
@Catch()
export class RethrowEventErrorsFilter implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
