import type { OidcSettings } from '../settings/settings';

/** openid-client is an ES module; the hub is compiled to CommonJS, so it is loaded with import(). */
const loadClient = () => import('openid-client');
type OpenIdClient = Awaited<ReturnType<typeof loadClient>>;
type Configuration = Awaited<ReturnType<OpenIdClient['discovery']>>;

/** What the browser keeps between the start and the callback: the checks that bind the provider's answer to it. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the provider says about the person who signed in there. */
export interface OidcIdentity {
  email: string | null;
  emailVerified: boolean;
}

/**
 * Sign-in through the organisation's OpenID Connect provider with `openid-client`: the
 * authorization code flow with PKCE (S256), state and nonce. The provider's discovery document
 * is read at the first sign-in (and again after a failure). A provider at a plain-HTTP issuer
 * (a test's) is allowed; every other setting is the library's.
 */
export class OidcSignIn {
  private configuration: Promise<{ client: OpenIdClient; config: Configuration }> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  private discover(): Promise<{ client: OpenIdClient; config: Configuration }> {
    this.configuration ??= (async () => {
      const client = await loadClient();
      const insecure = new URL(this.settings.issuer).protocol === 'http:';
      const config = await client.discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
      );
      return { client, config };
    })();
    this.configuration.catch(() => {
      this.configuration = undefined;
    });
    return this.configuration;
  }

  /** Where to send the browser, and the checks it must keep until it comes back. */
  async start(): Promise<{ url: string; checks: OidcChecks }> {
    const { client, config } = await this.discover();
    const checks: OidcChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email',
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url: url.href, checks };
  }

  /**
   * Redeems the code of the provider's redirect to `callbackUrl` against `checks` (state, nonce,
   * PKCE verifier, the ID token's signature, issuer and audience, all checked by the library) and
   * reads the person's email from the ID token, or from the UserInfo endpoint where it is not there.
   */
  async finish(callbackUrl: URL, checks: OidcChecks): Promise<OidcIdentity> {
    const { client, config } = await this.discover();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let email = claims.email;
    let verified = claims.email_verified;
    if (typeof email !== 'string') {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = info.email;
      verified = info.email_verified;
    }
    return { email: typeof email === 'string' ? email : null, emailVerified: verified === true };
  }
}
