import { isIP } from "node:net";

/**
 * Which IP addresses a server-side fetch may connect to. Pure: it classifies address strings and
 * never touches the network, so every refused range can be unit-tested without sending a packet.
 *
 * The policy is an allow-list of public unicast space: anything that is not plainly a public
 * address (including ranges IANA may still hand out for special purposes) is refused, because a
 * fetch that lands inside the network is far worse than one page that cannot be imported.
 */
export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "shared"
  | "link-local"
  | "unique-local"
  | "multicast"
  | "broadcast"
  | "documentation"
  | "reserved"
  | "invalid";

type Ipv4Range = readonly [base: number, bits: number, cls: AddressClass];

function v4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

// Most specific first is not needed: the ranges below do not overlap.
const IPV4_REFUSED: readonly Ipv4Range[] = [
  [v4(0, 0, 0, 0), 8, "unspecified"], // "this network"; 0.0.0.0 reaches the local host on Linux
  [v4(10, 0, 0, 0), 8, "private"],
  [v4(100, 64, 0, 0), 10, "shared"], // carrier-grade NAT, inside a provider's network
  [v4(127, 0, 0, 0), 8, "loopback"],
  [v4(169, 254, 0, 0), 16, "link-local"], // includes cloud metadata at 169.254.169.254
  [v4(172, 16, 0, 0), 12, "private"],
  [v4(192, 0, 0, 0), 24, "reserved"], // IETF protocol assignments
  [v4(192, 0, 2, 0), 24, "documentation"],
  [v4(192, 88, 99, 0), 24, "reserved"], // retired 6to4 relay anycast
  [v4(192, 168, 0, 0), 16, "private"],
  [v4(198, 18, 0, 0), 15, "reserved"], // benchmarking
  [v4(198, 51, 100, 0), 24, "documentation"],
  [v4(203, 0, 113, 0), 24, "documentation"],
  [v4(224, 0, 0, 0), 4, "multicast"],
  [v4(255, 255, 255, 255), 32, "broadcast"],
  [v4(240, 0, 0, 0), 4, "reserved"],
];

function inRange(value: number, base: number, bits: number): boolean {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (value & mask) >>> 0 === base;
}

function classifyIpv4Number(value: number): AddressClass {
  for (const [base, bits, cls] of IPV4_REFUSED) if (inRange(value, base, bits)) return cls;
  return "public";
}

function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. Zone ids are ignored. */
function parseIpv6(text: string): number[] | null {
  const address = text.replace(/%.*$/, "");
  if (isIP(address) !== 6) return null;
  const [head = "", tail] = address.split("::");
  const toGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const groups: number[] = [];
    for (const piece of part.split(":")) {
      if (piece.includes(".")) {
        const embedded = parseIpv4(piece);
        if (embedded === null) return null;
        groups.push(embedded >>> 16, embedded & 0xffff);
      } else {
        groups.push(parseInt(piece, 16));
      }
    }
    return groups;
  };
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  if (!left || !right) return null;
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

function embeddedIpv4(high: number, low: number): AddressClass {
  return classifyIpv4Number(((high << 16) | low) >>> 0);
}

function classifyIpv6(g: readonly number[]): AddressClass {
  const at = (i: number): number => g[i] ?? 0;
  const zeroUpTo = (end: number): boolean => g.slice(0, end).every((x) => x === 0);
  if (zeroUpTo(8)) return "unspecified";
  if (zeroUpTo(7) && at(7) === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address itself through a dual-stack socket.
  if (zeroUpTo(5) && at(5) === 0xffff) return embeddedIpv4(at(6), at(7));
  // NAT64 (64:ff9b::a.b.c.d) is translated to the IPv4 address by the network's gateway.
  if (at(0) === 0x64 && at(1) === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return embeddedIpv4(at(6), at(7));
  }
  // 6to4 (2002:AABB:CCDD::) tunnels to the embedded IPv4 address.
  if (at(0) === 0x2002) return embeddedIpv4(at(1), at(2));
  if ((at(0) & 0xfe00) === 0xfc00) return "unique-local";
  if ((at(0) & 0xffc0) === 0xfe80) return "link-local";
  if ((at(0) & 0xffc0) === 0xfec0) return "private"; // deprecated site-local
  if ((at(0) & 0xff00) === 0xff00) return "multicast";
  if (at(0) === 0x2001 && at(1) === 0x0db8) return "documentation";
  if ((at(0) & 0xfff0) === 0x3ff0) return "documentation"; // 3fff::/20
  // 2001::/23 holds Teredo tunnels and other protocol assignments, none of them web servers.
  if (at(0) === 0x2001 && at(1) < 0x0200) return "reserved";
  // Only 2000::/3 is global unicast; everything else (::/8 compat forms, 100::/64 discard…) is not.
  return (at(0) & 0xe000) === 0x2000 ? "public" : "reserved";
}

/** The class of an IPv4 or IPv6 address string (IPv6 may be bracketed, as in URLs). */
export function classifyAddress(address: string): AddressClass {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const ipv4 = parseIpv4(bare);
  if (ipv4 !== null) return classifyIpv4Number(ipv4);
  const ipv6 = parseIpv6(bare);
  return ipv6 ? classifyIpv6(ipv6) : "invalid";
}

/** Whether a server-side fetch may connect to this address. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}

/** Lets one address:port through the policy; injected by tests, never by user input. */
export type FetchAllowance = (address: string, port: number) => boolean;

export const TEST_FETCH_ALLOW_ENV = "PARALLAX_TEST_FETCH_ALLOW";

/**
 * TEST-ONLY escape hatch: `PARALLAX_TEST_FETCH_ALLOW=127.0.0.1:4123` lets the server fetch from
 * exactly that IP literal and port, so an end-to-end run can import from the fixture server it
 * started. Every other loopback address and port stays refused. Never set it in production.
 */
export function fetchAllowanceFromEnv(value = process.env[TEST_FETCH_ALLOW_ENV]): FetchAllowance | undefined {
  if (!value) return undefined;
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]):(\d{1,5})$/i.exec(value.trim());
  const host = match?.[1]?.replace(/^\[|\]$/g, "");
  const port = Number(match?.[2]);
  if (!host || classifyAddress(host) === "invalid" || !(port > 0 && port < 65536)) {
    console.warn(`${TEST_FETCH_ALLOW_ENV} is ignored: expected one "ip:port", got "${value}".`);
    return undefined;
  }
  return (address, candidatePort) => address === host && candidatePort === port;
}
