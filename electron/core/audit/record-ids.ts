const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_IDS = 500;
const MAX_DEPTH = 4;

/**
 * The records a call touched, read from its input and output without knowing the call: every UUID
 * under a key named `id` or ending in `Id` (`clientId`, `sessionId`…), in lists too. A call added
 * later is therefore audited with its records without anyone remembering to.
 */
export function recordIdsOf(...values: unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string, depth: number) => {
    if (found.size >= MAX_IDS || depth > MAX_DEPTH) return;
    if (typeof value === 'string') {
      if ((key === 'id' || key.endsWith('Id')) && UUID.test(value)) found.add(value.toLowerCase());
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey, depth + 1);
    }
  };
  for (const value of values) visit(value, '', 0);
  return [...found];
}
