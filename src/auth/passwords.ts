import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum);
 * the library's default algorithm is argon2id, and every hash says so in its PHC string (`$argon2id$`).
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest and longest password accepted; the upper bound keeps hashing bounded. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Why `password` cannot be set, or null when it can. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'must be a string.';
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long.`;
  return null;
}

/** The argon2id hash of `password`, as a PHC string with its own salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of a password no one knows, checked against when there is no account, so both answers take as long. */
let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `stored`. With no stored hash (an unknown email, an account without
 * a password) a dummy hash is checked anyway and false returned, so the answer takes as long.
 */
export async function passwordMatches(stored: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (!stored) {
    dummyHash ??= hashPassword('no account has this password');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(stored, password);
}
