import { describe, expect, it, vi } from "vitest";
import { classifyAddress, fetchAllowanceFromEnv, isPublicAddress } from "./address-policy";

// Pure classification only: nothing here opens a socket, least of all to these addresses.
describe("classifyAddress", () => {
  const refused: [string, string][] = [
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["198.18.0.1", "reserved"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["fd00::1", "unique-local"],
    ["fc00::abcd", "unique-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "private"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["3fff::1", "documentation"],
    ["2001::1", "reserved"], // Teredo
    ["100::1", "reserved"],
    ["::127.0.0.1", "reserved"], // deprecated IPv4-compatible form
    // IPv4 hidden inside IPv6: the embedded address decides.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:7f00:1]", "loopback"],
    ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["64:ff9b::7f00:1", "loopback"],
    ["64:ff9b::10.0.0.1", "private"],
    ["2002:7f00:1::", "loopback"],
    ["2002:c0a8:101::1", "private"],
  ];
  for (const [address, cls] of refused) {
    it(`refuses ${address} as ${cls}`, () => {
      expect(classifyAddress(address)).toBe(cls);
      expect(isPublicAddress(address)).toBe(false);
    });
  }

  const allowed = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "100.63.255.255", // just below the CGNAT block
    "100.128.0.1", // just above it
    "172.15.255.255",
    "172.32.0.1",
    "169.253.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001:82a::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ];
  for (const address of allowed) {
    it(`allows the public address ${address}`, () => {
      expect(classifyAddress(address)).toBe("public");
      expect(isPublicAddress(address)).toBe(true);
    });
  }

  it("treats anything that is not an IP address as invalid, never as public", () => {
    for (const text of [
      "",
      "localhost",
      "example.com",
      "1.2.3",
      "1.2.3.4.5",
      "256.1.1.1",
      "::g",
      "1:2:3:4:5:6:7:8:9",
      "[::1",
    ]) {
      expect(classifyAddress(text), text).toBe("invalid");
      expect(isPublicAddress(text), text).toBe(false);
    }
  });
});

describe("fetchAllowanceFromEnv (test-only)", () => {
  it("lets exactly one IP literal and port through", () => {
    const allow = fetchAllowanceFromEnv("127.0.0.1:4123");
    expect(allow?.("127.0.0.1", 4123)).toBe(true);
    expect(allow?.("127.0.0.1", 4124)).toBe(false);
    expect(allow?.("127.0.0.2", 4123)).toBe(false);
    expect(allow?.("::ffff:127.0.0.1", 4123)).toBe(false);
    expect(allow?.("::1", 4123)).toBe(false);
  });

  it("accepts a bracketed IPv6 literal", () => {
    expect(fetchAllowanceFromEnv("[::1]:8080")?.("::1", 8080)).toBe(true);
  });

  it("ignores anything but one ip:port, so a typo never opens more", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const value of [
      "localhost:4123",
      "127.0.0.1",
      "127.0.0.1:0",
      "127.0.0.1:99999",
      "127.0.0.1:1,10.0.0.1:2",
      "*",
    ]) {
      expect(fetchAllowanceFromEnv(value), value).toBeUndefined();
    }
    expect(fetchAllowanceFromEnv(undefined)).toBeUndefined();
    expect(fetchAllowanceFromEnv("")).toBeUndefined();
    warn.mockRestore();
  });
});
