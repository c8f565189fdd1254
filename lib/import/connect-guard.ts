import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { type FetchAllowance, isPublicAddress } from "./address-policy";
import { FetchPageError, PRIVATE_ADDRESS_MESSAGE, PRIVATE_REDIRECT_MESSAGE } from "./fetch-error";

/**
 * Where a fetch's sockets may connect. The check sits in the socket's own resolver, so the
 * addresses checked are exactly the addresses connected to: a DNS answer cannot change between
 * the check and the connection (rebinding), because there is no second lookup.
 */
export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface ConnectPolicy {
  allow?: FetchAllowance;
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

function defaultResolve(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

export function refusal(hop: number): FetchPageError {
  return new FetchPageError(
    "blocked-address",
    hop === 0 ? PRIVATE_ADDRESS_MESSAGE : PRIVATE_REDIRECT_MESSAGE,
  );
}

export function permitted(address: string, port: number, options: ConnectPolicy): boolean {
  return isPublicAddress(address) || options.allow?.(address, port) === true;
}

/** A resolver for the socket that refuses the host if any of its addresses is not allowed. */
export function guardedLookup(port: number, hop: number, options: ConnectPolicy): LookupFunction {
  const resolve = options.resolve ?? defaultResolve;
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const addresses = all.filter((a) => family === 0 || a.family === family);
        const first = addresses[0];
        if (!first) {
          callback(new FetchPageError("dns", noSuchSite()), "", 0);
        } else if (all.some((a) => !permitted(a.address, port, options))) {
          // Any private answer refuses the host: a name that is half public, half internal is a
          // rebinding setup, and the socket might otherwise try the internal address next.
          callback(refusal(hop), "", 0);
        } else if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
      () => callback(new FetchPageError("dns", noSuchSite()), "", 0),
    );
  };
}

function noSuchSite(): string {
  return "No web site answers at that name; check the address for typos.";
}
