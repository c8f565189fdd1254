import { editKeyFromEnv, editorCookie, isEditKey, issueEditorToken } from "@/lib/api/access";
import { safeNext } from "../safe-next";

/**
 * The sign-in form's target (and sign-out's). A plain form post answered with a redirect, so it
 * works without JavaScript. The write gate lets it through unauthenticated but still checks Origin
 * and limits attempts per address.
 */
export async function POST(request: Request): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Send the sign-in form.", { status: 400, headers: { "content-type": "text/plain" } });
  }
  const next = safeNext(form.get("next"));
  const secure =
    new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (form.get("intent") === "sign-out") {
    return seeOther("/sign-in?signed-out=1", editorCookie("", { secure, maxAge: 0 }));
  }
  const key = editKeyFromEnv();
  if (key === null) return seeOther(next);
  const candidate = form.get("key");
  if (!isEditKey(key, typeof candidate === "string" ? candidate.trim() : null)) {
    return seeOther(`/sign-in?error=1&next=${encodeURIComponent(next)}`);
  }
  return seeOther(next, editorCookie(issueEditorToken(key), { secure }));
}

function seeOther(location: string, cookie?: string): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  if (cookie) headers.set("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}
