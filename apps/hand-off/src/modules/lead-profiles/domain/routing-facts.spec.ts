import { routingFactsFrom } from './routing-facts';

const fact = (value: string | number | boolean | null) => ({ value, provider: 'test', observedAt: '2026-11-02T09:00:00.000Z' });

describe('routingFactsFrom', () => {
  it('reads territory and account facts', () => {
    expect(
      routingFactsFrom({ country: fact('nl'), employeeCount: fact(250), accountId: fact('acc-1'), accountOwnerId: fact('rep-ada') }),
    ).toEqual({ country: 'NL', employeeCount: 250, accountId: 'acc-1', accountOwnerId: 'rep-ada' });
  });

  it('leaves out facts that were not sent and nulls ones that make no sense', () => {
    expect(routingFactsFrom({ employeeCount: fact('about 1,200'), country: fact(''), isFreeMail: fact(false) })).toEqual({
      employeeCount: 1200,
      country: null,
    });
    expect(routingFactsFrom({ employeeCount: fact(true) })).toEqual({ employeeCount: null });
  });
});
