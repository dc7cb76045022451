import { Inject, Injectable } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { kafkaAnswers } from '../kafka/kafka-readiness';
import { KAFKA } from './messaging-tokens';

@Injectable()
export class KafkaReadiness {
  constructor(@Inject(KAFKA) private readonly kafka: Kafka) {}

  isReady(): Promise<boolean> {
    return kafkaAnswers(this.kafka);
  }
}
