/** Area under the ROC curve: the chance a random win scores above a random non-win (ties count half). */
export function rocAuc(scores: readonly number[], wins: readonly boolean[]): number | null {
  const positives = wins.filter(Boolean).length;
  const negatives = wins.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const order = scores.map((score, index) => ({ score, win: wins[index] })).sort((a, b) => a.score - b.score);
  let rankSumOfWins = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && order[end].score === order[start].score) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) if (order[index].win) rankSumOfWins += averageRank;
    start = end;
  }
  return (rankSumOfWins - (positives * (positives + 1)) / 2) / (positives * negatives);
}
