import { CanActivate, Injectable } from '@nestjs/common';
import { DependencyAvailability } from './dependency-availability';
import { serviceUnavailable } from './service-unavailable';

/** For intake routes: refuse work the service could not store rather than accept and lose it. */
@Injectable()
export class RequireDependencies implements CanActivate {
  constructor(private readonly availability: DependencyAvailability) {}

  canActivate(): boolean {
    const unavailable = this.availability.unavailableDependencies();
    if (unavailable.length > 0) {
      throw serviceUnavailable(`${unavailable.join(' and ')} unavailable; nothing was accepted, retry later`);
    }
    return true;
  }
}
