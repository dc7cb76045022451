import { offsetsToCommit } from './consumed-offsets';

describe('offsetsToCommit', () => {
  it('commits one past each partition’s last applied message, by topic', () => {
    expect(
      offsetsToCommit([
        { topic: 'a', partition: 0, offset: '41' },
        { topic: 'b', partition: 2, offset: '9' },
        { topic: 'a', partition: 1, offset: '0' },
      ]),
    ).toEqual({
      topics: [
        { topic: 'a', partitions: [{ partition: 0, offset: '42' }, { partition: 1, offset: '1' }] },
        { topic: 'b', partitions: [{ partition: 2, offset: '10' }] },
      ],
    });
  });

  it('keeps the furthest offset of a partition named twice, whatever the order', () => {
    expect(
      offsetsToCommit([
        { topic: 'a', partition: 0, offset: '9007199254740993' },
        { topic: 'a', partition: 0, offset: '7' },
      ]),
    ).toEqual({ topics: [{ topic: 'a', partitions: [{ partition: 0, offset: '9007199254740994' }] }] });
  });
});
