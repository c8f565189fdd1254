import { headers } from "next/headers";
import { publicOrigin } from "./public-origin";

/** publicOrigin for server components and generateMetadata, which see headers only this way. */
export async function requestOrigin(): Promise<URL | undefined> {
  return publicOrigin(await headers());
}
