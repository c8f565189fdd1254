import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { domToText } from "./lib/import/html-to-article";
for (const depth of [1000, 2000, 4000]) {
const html = `<!doctype html><html><body>${"<div>".repeat(depth)}<p>hello world text</p>${"</div>".repeat(depth)}</body></html>`;
let t = Date.now();
const { document } = parseHTML(html);
const tp = Date.now() - t; t = Date.now();
domToText(document.documentElement);
const tw = Date.now() - t; t = Date.now();
new Readability(parseHTML(html).document as unknown as Document).parse();
console.log(depth, "parse", tp, "walk", tw, "readability", Date.now() - t);
}
