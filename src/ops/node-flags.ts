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

/** The flags of HUB_NODE_FLAGS this process was started without (`node dist/src/main.js` run by hand). */
export function missingNodeFlags(): string[] {
  return HUB_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
}
