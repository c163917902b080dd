import { isDeepStrictEqual } from 'node:util';

/** The first place two JSON values differ, as a path and both values; undefined when they are equal. */
export function firstDifference(hub: unknown, floor: unknown, path = 'data'): string | undefined {
  if (isDeepStrictEqual(hub, floor)) return undefined;
  if (Array.isArray(hub) && Array.isArray(floor)) {
    if (hub.length !== floor.length) return `${path}: the hub has ${hub.length} items, the floor ${floor.length}`;
    for (let i = 0; i < hub.length; i++) {
      const found = firstDifference(hub[i], floor[i], `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (
    hub &&
    floor &&
    typeof hub === 'object' &&
    typeof floor === 'object' &&
    !Array.isArray(hub) &&
    !Array.isArray(floor)
  ) {
    const keys = new Set([...Object.keys(hub), ...Object.keys(floor)]);
    for (const key of keys) {
      const found = firstDifference(
        (hub as Record<string, unknown>)[key],
        (floor as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: the hub answers ${JSON.stringify(hub)?.slice(0, 300)}, the floor ${JSON.stringify(floor)?.slice(0, 300)}`;
}

/** POSTs `body` to `url` and returns the parsed JSON; any status but 200, or GraphQL errors, fail. */
export async function fetchAnswer(url: string, body: string): Promise<{ data: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || answer.errors !== undefined)
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 1000)}`);
  return answer as { data: unknown };
}
