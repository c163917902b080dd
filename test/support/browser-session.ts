/** What a browser that signed in keeps: the hub's origin and its session cookie. */
export interface BrowserSession {
  origin: string;
  /** `hub_session=<secret>`, as the browser sends it back; empty once cleared. */
  cookie: string;
}

/** The `hub_session=<secret>` pair of a response's Set-Cookie; undefined when it sets none. */
export function sessionCookieOf(response: Response): string | undefined {
  const header = response.headers.get('set-cookie');
  const match = header ? /hub_session=([^;]*)/.exec(header) : null;
  return match ? `hub_session=${match[1]}` : undefined;
}

/** POSTs JSON to an `/auth/` endpoint as the web app does (with `X-Requested-With`), sending `cookie` when given. */
export function postAuth(origin: string, endpoint: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${origin}/auth/${endpoint}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'fetch',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Signs in with `email` and `password`; throws unless the hub answers 200 with a session cookie. */
export async function signIn(
  origin: string,
  email: string,
  password: string,
  cookie?: string,
): Promise<BrowserSession> {
  const response = await postAuth(origin, 'sign-in', { email, password }, cookie);
  const set = sessionCookieOf(response);
  if (response.status !== 200 || !set) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  return { origin, cookie: set };
}

/** Sends a GraphQL operation with the session's cookie, and (unless `header` is false) the header the hub requires of it. */
export function graphqlAs(
  session: BrowserSession,
  query: string,
  variables: Record<string, unknown> = {},
  header = true,
): Promise<Response> {
  return fetch(`${session.origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      ...(header ? { 'x-requested-with': 'fetch' } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
}
