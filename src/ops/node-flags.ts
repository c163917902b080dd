/**
 * The options `npm start` gives Node for the hub (package.json's start script carries them, and
 * so does every test and benchmark that starts the built hub; a clustered hub's workers inherit
 * them). `--max-semi-space-size=64` lets V8's young generation grow to 64 MB a half (16 MB by
 * default): a request that builds thousands of objects (a page of 50 programmes with 500
 * initiatives and 6 214 municipalities) then leaves them to die young instead of copying them into
 * the old generation, which only a full collection frees. Measured on that page: 183 -> 117 to
 * 137 ms of CPU a request at concurrency 1, 177 -> 151 at 32, for 60 to 100 MB more resident
 * memory at peak; 32 MB did not help (bench/results/young-generation.md).
 */
export const HUB_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** The option a flag sets: `--max-semi-space-size` of `--max-semi-space-size=64` (or of `--max_semi_space_size=64`). */
const optionOf = (flag: string) => flag.split('=')[0].replaceAll('_', '-');

/**
 * The flags of HUB_NODE_FLAGS whose option this process was given no value for, neither on its
 * command line nor in NODE_OPTIONS (`node dist/src/main.js` run by hand): an operator's own value stays.
 */
export function missingNodeFlags(): string[] {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(' ')].map(optionOf);
  return HUB_NODE_FLAGS.filter((flag) => !given.includes(optionOf(flag)));
}
