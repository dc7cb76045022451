import { And, BinaryExpr, Eql, Gte, Gtr, Lss, Lte, Neq, Or, parser, PromQL, Unless } from '@prometheus-io/lezer-promql';

type SyntaxNode = ReturnType<typeof parser.parse>['topNode'];

const comparisons = new Set([Eql, Neq, Gtr, Lss, Gte, Lte]);
const setOperators = new Set([And, Or, Unless]);

/**
 * What an alert watches, without the threshold that decides when it fires: `signal > 0.2` gives
 * `signal`, and each side of `and`/`or`/`unless` gives its own. An alert that is quiet is fine;
 * one whose signal has no series can never fire, and that is what the test catches.
 */
export function alertSignals(expression: string): string[] {
  const tree = parser.parse(expression);
  const root = tree.topNode;
  if (root.type.id !== PromQL || root.firstChild === null) throw new Error(`not a PromQL expression: ${expression}`);
  let broken = false;
  tree.iterate({ enter: (node) => void (broken ||= node.type.isError) });
  if (broken) throw new Error(`PromQL does not parse: ${expression}`);
  return signalsOf(root.firstChild, expression);
}

function signalsOf(node: SyntaxNode, expression: string): string[] {
  if (node.type.id === BinaryExpr) {
    const left = node.firstChild;
    const operator = left?.nextSibling;
    const right = node.lastChild;
    if (left && operator && right) {
      if (setOperators.has(operator.type.id)) return [...signalsOf(left, expression), ...signalsOf(right, expression)];
      if (comparisons.has(operator.type.id)) return [expression.slice(left.from, left.to).trim()];
    }
  }
  return [expression.slice(node.from, node.to).trim()];
}
