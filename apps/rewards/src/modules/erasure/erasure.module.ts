import { Module } from '@nestjs/common';
import { LeadErasedConsumer } from './lead-erased.consumer';

@Module({ controllers: [LeadErasedConsumer] })
export class ErasureModule {}
