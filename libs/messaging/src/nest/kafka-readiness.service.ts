import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { KafkaProbe } from '../kafka/kafka-probe';
import { KAFKA } from './messaging-tokens';

@Injectable()
export class KafkaReadiness implements OnApplicationShutdown {
  private readonly probe: KafkaProbe;

  constructor(@Inject(KAFKA) kafka: Kafka) {
    this.probe = new KafkaProbe(kafka);
  }

  isReady(): Promise<boolean> {
    return this.probe.answers();
  }

  onApplicationShutdown(): Promise<void> {
    return this.probe.close();
  }
}
