import { isIP } from 'node:net';

// Server-side requests to addresses an admin typed (outgoing webhooks) go
// to the public internet only: otherwise anyone able to create a webhook
// could make the server read or poke at its own network (SSRF): a cloud
// metadata service, a database port, the admin interface of a router.

/** [first address, prefix length, what it is] in IPv4. */
const IPV4_REFUSED: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'an unspecified address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (cloud metadata services live there)'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a reserved address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

/** [first address, prefix length, what it is] in IPv6; the IPv4 carried inside IPv6 is judged as IPv4 (below). */
const IPV6_REFUSED: Array<[string, number, string]> = [
  ['::', 128, 'an unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 23, 'a reserved address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a private (unique local) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address, reached as such. */
const IPV4_IN_IPV6: Array<[string, number]> = [
  ['::ffff:0:0', 96], // IPv4-mapped
  ['::', 96], // IPv4-compatible (deprecated)
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48], // local NAT64
];

function ipv4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

/** The 16 bytes of an IPv6 address in any valid notation (`::`, an embedded dotted quad, a zone index). */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0].toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = ipv4Bytes(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const groups = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = tail === null ? [] : groups(tail);
  const words = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

function inPrefix(bytes: number[], first: number[], length: number): boolean {
  for (let bit = 0; bit < length; bit++) {
    const mask = 0x80 >> bit % 8;
    if ((bytes[bit >> 3] & mask) !== (first[bit >> 3] & mask)) return false;
  }
  return true;
}

function refusalOfIpv4(bytes: number[]): string | null {
  if (bytes.every((b) => b === 255)) return 'the broadcast address';
  const hit = IPV4_REFUSED.find(([first, length]) => inPrefix(bytes, ipv4Bytes(first), length));
  return hit ? hit[2] : null;
}

/**
 * Why a request must not go to this IP address (loopback, private,
 * link-local and metadata, unspecified, multicast, reserved; IPv4 inside
 * IPv6 judged as the IPv4 it is), or null for a public address. Anything
 * that is not an IP address at all is refused too.
 */
export function refusalOfAddress(address: string): string | null {
  const family = isIP(address.split('%')[0]);
  if (family === 4) return refusalOfIpv4(ipv4Bytes(address));
  if (family !== 6) return 'not an IP address';
  const bytes = ipv6Bytes(address);
  const carrier = IPV4_IN_IPV6.find(([first, length]) => inPrefix(bytes, ipv6Bytes(first), length));
  // `::` and `::1` are in the IPv4-compatible range: they are judged as the IPv6 addresses they are.
  if (carrier && !IPV6_REFUSED.slice(0, 2).some(([first]) => inPrefix(bytes, ipv6Bytes(first), 128))) return refusalOfIpv4(bytes.slice(12));
  const hit = IPV6_REFUSED.find(([first, length]) => inPrefix(bytes, ipv6Bytes(first), length));
  return hit ? hit[2] : null;
}
