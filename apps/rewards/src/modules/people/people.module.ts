import { Module } from '@nestjs/common';
import { PeopleController } from './people.controller';
import { TeamMemberRepository } from './team-member.repository';

@Module({
  controllers: [PeopleController],
  providers: [TeamMemberRepository],
  exports: [TeamMemberRepository],
})
export class PeopleModule {}
