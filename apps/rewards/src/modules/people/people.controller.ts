import { Body, Controller, Param, Put } from '@nestjs/common';
import { z } from 'zod';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { TeamMemberRepository } from './team-member.repository';

const Identifier = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$/, 'letters, digits, . _ @ - only');
const MembershipBody = z.object({ role: z.enum(['member', 'manager']) });
type MembershipBody = z.infer<typeof MembershipBody>;

@Controller('v1/teams')
export class PeopleController {
  constructor(private readonly members: TeamMemberRepository) {}

  @Roles('admin')
  @Put(':teamId/members/:personId')
  putMember(
    @Param('teamId', new ZodValidationPipe(Identifier)) teamId: string,
    @Param('personId', new ZodValidationPipe(Identifier)) personId: string,
    @Body(new ZodValidationPipe(MembershipBody)) body: MembershipBody,
  ) {
    return this.members.put({ teamId, personId, role: body.role });
  }
}
