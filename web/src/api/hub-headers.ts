/**
 * Headers the app sends with every request to the hub. `X-Requested-With` is one a cross-site form
 * cannot send, so the hub can tell the app's cookie-authenticated requests from a forged POST.
 */
export const HUB_HEADERS: Readonly<Record<string, string>> = { 'X-Requested-With': 'fetch' };
