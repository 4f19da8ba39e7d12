/**
 * Which IP addresses ingest refuses to contact unless `--allow-private`: loopback, private,
 * link-local, unique-local, unspecified and the IPv4-mapped forms of these. One table of
 * ranges with ids, checked against every address a host name resolves to.
 */
import { isIP } from 'node:net';

interface Range {
  id: string;
  /** Address bytes of the network. */
  net: number[];
  bits: number;
}

function v4(a: string): number[] {
  return a.split('.').map(Number);
}

/** Expands an IPv6 address (with `::` and an optional dotted IPv4 tail) into 16 bytes. */
export function ipv6Bytes(a: string): number[] {
  let s = a.toLowerCase().split('%')[0] ?? '';
  let tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted?.[1] !== undefined) {
    tail = v4(dotted[1]);
    s = s.slice(0, -dotted[1].length) + '0:0';
  }
  const [head = '', rest] = s.split('::');
  const hs = head === '' ? [] : head.split(':');
  const rs = rest === undefined || rest === '' ? [] : rest.split(':');
  const fill = rest === undefined ? 0 : 8 - hs.length - rs.length;
  const groups = [...hs, ...Array<string>(Math.max(0, fill)).fill('0'), ...rs].map((g) => parseInt(g, 16) || 0);
  const bytes = groups.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

const RANGES_V4: readonly Range[] = [
  { id: 'this-network', net: [0, 0, 0, 0], bits: 8 },
  { id: 'private-10', net: [10, 0, 0, 0], bits: 8 },
  { id: 'shared-cgnat', net: [100, 64, 0, 0], bits: 10 },
  { id: 'loopback', net: [127, 0, 0, 0], bits: 8 },
  { id: 'link-local', net: [169, 254, 0, 0], bits: 16 },
  { id: 'private-172', net: [172, 16, 0, 0], bits: 12 },
  { id: 'private-192', net: [192, 168, 0, 0], bits: 16 },
  { id: 'multicast', net: [224, 0, 0, 0], bits: 4 },
  { id: 'reserved', net: [240, 0, 0, 0], bits: 4 },
];

const RANGES_V6: readonly Range[] = [
  { id: 'unspecified', net: ipv6Bytes('::'), bits: 128 },
  { id: 'loopback', net: ipv6Bytes('::1'), bits: 128 },
  { id: 'unique-local', net: ipv6Bytes('fc00::'), bits: 7 },
  { id: 'link-local', net: ipv6Bytes('fe80::'), bits: 10 },
  { id: 'multicast', net: ipv6Bytes('ff00::'), bits: 8 },
];

function inRange(bytes: number[], r: Range): boolean {
  for (let bit = 0; bit < r.bits; bit += 8) {
    const n = Math.min(8, r.bits - bit);
    const mask = (0xff << (8 - n)) & 0xff;
    const i = bit / 8;
    if (((bytes[i] ?? 0) & mask) !== ((r.net[i] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * The id of the refused range an address falls in (`loopback`, `private-10`, …), or null when
 * it is a public address. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as IPv4.
 */
export function blockedRange(address: string): string | null {
  const kind = isIP(address);
  if (kind === 4) return RANGES_V4.find((r) => inRange(v4(address), r))?.id ?? null;
  if (kind !== 6) return 'not-an-address';
  const b = ipv6Bytes(address);
  const mapped = b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  if (mapped) return RANGES_V4.find((r) => inRange(b.slice(12), r))?.id ?? null;
  return RANGES_V6.find((r) => inRange(b, r))?.id ?? null;
}
