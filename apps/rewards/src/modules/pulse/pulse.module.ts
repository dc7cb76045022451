import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PulseAnswerRepository } from './pulse-answer.repository';
import { PulseController } from './pulse.controller';

@Module({
  imports: [PeopleModule],
  controllers: [PulseController],
  providers: [PulseAnswerRepository],
})
export class PulseModule {}
