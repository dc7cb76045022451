/** A stable share of leads kept out of training to judge the model on; the same lead always falls the same way. */
export function isHeldOut(leadId: string, share = 0.2): boolean {
  let hash = 2166136261;
  for (let index = 0; index < leadId.length; index++) {
    hash ^= leadId.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296 < share;
}
