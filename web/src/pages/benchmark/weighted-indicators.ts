/** An indicator chosen for the ranking and its weight. */
export interface WeightedChoice {
  code: string;
  weight: number;
}

/** Reads `A:2,B:1` (the URL's form; a code without a weight weighs 1). */
export function parseWeighted(text: string): WeightedChoice[] {
  return text
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [code = '', weight] = part.split(':');
      const parsed = Number(weight ?? 1);
      return { code, weight: Number.isFinite(parsed) && parsed >= 0 ? parsed : 1 };
    });
}

export function formatWeighted(choices: WeightedChoice[]): string {
  return choices.map((choice) => `${choice.code}:${choice.weight}`).join(',');
}
