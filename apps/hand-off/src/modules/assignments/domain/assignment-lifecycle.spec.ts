import { lifecycleStages } from '@accord/contracts';
import { closesOpenAssignment } from './assignment-lifecycle';

describe('closesOpenAssignment', () => {
  it('closes on the stages that give the lead back to marketing, and on no other', () => {
    expect(lifecycleStages.filter(closesOpenAssignment)).toEqual(['nurture', 'recycled', 'disqualified']);
  });
});
