/** Why a page could not be fetched; the data layer maps each reason to a problem code. */
export type FetchFailure =
  | "invalid-url"
  | "blocked-address"
  | "dns"
  | "redirects"
  | "upstream-status"
  | "unsupported-type"
  | "too-large"
  | "timeout"
  | "unreachable";

/** A fetch that was refused or failed, with a message written for the person who typed the URL. */
export class FetchPageError extends Error {
  readonly reason: FetchFailure;
  /** The remote site's HTTP status, for `upstream-status`. */
  readonly upstreamStatus: number | undefined;

  constructor(reason: FetchFailure, message: string, upstreamStatus?: number) {
    super(message);
    this.name = "FetchPageError";
    this.reason = reason;
    this.upstreamStatus = upstreamStatus;
  }
}

export const PRIVATE_ADDRESS_MESSAGE =
  "That address points inside a private network; Parallax only fetches public web pages.";

export const PRIVATE_REDIRECT_MESSAGE =
  "That page redirects to an address inside a private network; Parallax only fetches public web pages.";
