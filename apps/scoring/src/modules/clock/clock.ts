import { Global, Injectable, Module } from '@nestjs/common';

/** The one source of "now" for scores and decay, so time-dependent behaviour can be observed. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
