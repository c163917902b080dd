import { useSearchParams } from 'wouter';

/** A page's choices kept in its URL, so a link or a reload gives the same view. */
export function useUrlState<K extends string>(
  defaults: Record<K, string>,
): [Record<K, string>, (changes: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = Object.fromEntries(
    Object.entries(defaults).map(([key, fallback]) => [key, params.get(key) ?? fallback]),
  ) as Record<K, string>;
  const update = (changes: Partial<Record<K, string>>) => {
    const next = { ...state, ...changes };
    setParams(Object.entries(next).filter(([, value]) => value !== '') as [string, string][], { replace: true });
  };
  return [state, update];
}
