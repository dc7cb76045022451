import { orderProviders } from '../provider-order';
import { InvokeProvider, runProviders } from '../run-providers';
import { offlineProviders } from './offline-providers';

const direct: InvokeProvider = async (provider, input) => ({ status: 'answered', claims: await provider.enrich(input, new AbortController().signal) });

describe('the offline providers together', () => {
  it('read a Dutch national phone number in the country the person typed', async () => {
    const run = await runProviders(orderProviders(offlineProviders), { email: 'ada@acme.nl', phone: '06 12345678', country: 'Nederland', jobTitle: 'CTO' }, {}, direct);
    const phone = run.answers.find((answer) => answer.provider === 'phone');
    expect(phone?.claims.phoneE164.value).toBe('+31612345678');
    const submission = run.answers.find((answer) => answer.provider === 'submission');
    expect(submission?.claims).toEqual({
      jobTitle: { value: 'CTO', confidence: 0.8, origin: 'typed' },
      country: { value: 'Nederland', confidence: 0.8, origin: 'typed' },
    });
  });

  it('skip the providers whose input is missing', async () => {
    const run = await runProviders(orderProviders(offlineProviders), { email: 'ada@acme.nl' }, {}, direct);
    expect(run.answers.map((answer) => answer.provider)).toEqual(['submission', 'email']);
  });
});
