import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** How much of the end of an `X-Forwarded-For` header is read: the hops nearest the hub are last. */
const MAX_FORWARDED_FOR_LENGTH = 1_000;

/** An IPv4 client as a dual-stack socket reports it (`::ffff:192.0.2.1`) is the IPv4 address. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice('::ffff:'.length)) === 4
    ? address.slice('::ffff:'.length)
    : address;
}

/**
 * The proxies whose `X-Forwarded-For` the hub believes, from TRUSTED_PROXIES' entries: addresses
 * and CIDR ranges, IPv4 or IPv6 (`10.0.0.0/8`, `::1`). Anything else is refused at start.
 */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(prefix) && bits <= maxBits))) {
      throw new Error(
        `TRUSTED_PROXIES must list addresses or CIDR ranges (10.0.0.0/8, ::1); got ${JSON.stringify(entry.slice(0, 100))}.`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/**
 * The address of the client that sent `req`: the connection's peer, unless the peer is a trusted
 * proxy; then the rightmost address of `X-Forwarded-For` that is not a trusted proxy (each proxy
 * appends the address it was reached from, so everything left of that may be made up by the
 * client). Only the header's last 1 000 characters are read, in one pass. An entry that is not an
 * address ends the walk at the hop right of it.
 */
export function clientAddress(req: IncomingMessage, trusted: BlockList): string {
  const peer = plainAddress(req.socket.remoteAddress ?? 'unknown');
  const header = req.headers['x-forwarded-for'];
  if (typeof header !== 'string' || isIP(peer) === 0 || !trusted.check(peer, isIP(peer) === 6 ? 'ipv6' : 'ipv4'))
    return peer;
  const hops = header.slice(-MAX_FORWARDED_FOR_LENGTH).split(',');
  // A header cut short may have cut its first entry.
  if (header.length > MAX_FORWARDED_FOR_LENGTH) hops.shift();
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = plainAddress(hops[index].trim());
    const family = isIP(hop);
    if (family === 0) break;
    client = hop;
    if (!trusted.check(hop, family === 6 ? 'ipv6' : 'ipv4')) break;
  }
  return client;
}
