/**
 * Checks a document against the requirements the W3C Web Annotation Data Model states with MUST,
 * for the classes Parallax emits. Written from the spec, independently of our own Zod schemas, so
 * a test that uses it does not just check the exporter against itself.
 * https://www.w3.org/TR/annotation-model/
 */
export const ANNO_CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld";

/** §3.1 Motivation and Purpose: the thirteen the model defines. */
export const MOTIVATIONS = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isIri(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && Boolean(new URL(value));
  } catch {
    return false;
  }
}

function types(value: unknown): string[] {
  const type = isObject(value) ? value.type : undefined;
  return typeof type === "string"
    ? [type]
    : Array.isArray(type)
      ? type.filter((t) => typeof t === "string")
      : [];
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function hasAnnoContext(doc: Json): boolean {
  return asList(doc["@context"]).includes(ANNO_CONTEXT_IRI);
}

function nonNegativeInteger(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function checkSelector(selector: unknown, at: string, problems: string[]): void {
  const [type] = types(selector);
  if (!isObject(selector) || !type) return void problems.push(`${at}: a selector needs a type`);
  if (type === "TextQuoteSelector") {
    if (typeof selector.exact !== "string") problems.push(`${at}: TextQuoteSelector needs exact`);
    for (const key of ["prefix", "suffix"] as const) {
      if (selector[key] !== undefined && typeof selector[key] !== "string")
        problems.push(`${at}: ${key} is text`);
    }
  } else if (type === "TextPositionSelector") {
    if (!nonNegativeInteger(selector.start)) problems.push(`${at}: start must be a non-negative integer`);
    if (!nonNegativeInteger(selector.end)) problems.push(`${at}: end must be a non-negative integer`);
    if (Number(selector.start) > Number(selector.end)) problems.push(`${at}: start is after end`);
  }
}

function checkTarget(target: unknown, at: string, problems: string[]): void {
  if (typeof target === "string") {
    if (!isIri(target)) problems.push(`${at}: a target given by address must be an IRI`);
    return;
  }
  if (!isObject(target)) return void problems.push(`${at}: a target is an IRI or a resource`);
  const specific = target.source !== undefined || target.selector !== undefined;
  if (specific && !isIri(target.source)) problems.push(`${at}: a SpecificResource needs a source IRI`);
  if (!specific && !isIri(target.id)) problems.push(`${at}: an external resource needs an id IRI`);
  asList(target.selector).forEach((s, i) => checkSelector(s, `${at}.selector[${i}]`, problems));
}

function checkBody(body: unknown, at: string, problems: string[]): void {
  if (typeof body === "string") {
    if (!isIri(body)) problems.push(`${at}: a body given by address must be an IRI`);
    return;
  }
  if (!isObject(body)) return void problems.push(`${at}: a body is an IRI or a resource`);
  if (types(body).includes("TextualBody")) {
    if (typeof body.value !== "string") problems.push(`${at}: a TextualBody needs a text value`);
  } else if (!isIri(body.id)) problems.push(`${at}: a body resource needs an id IRI`);
  if (body.purpose !== undefined && !asList(body.purpose).every((p) => MOTIVATIONS.has(String(p)))) {
    problems.push(`${at}: unknown purpose ${JSON.stringify(body.purpose)}`);
  }
}

/** An Annotation (§3.1): @context, an IRI id, type Annotation and at least one target. */
export function checkAnnotation(annotation: unknown, at = "annotation", embedded = false): string[] {
  const problems: string[] = [];
  if (!isObject(annotation)) return [`${at}: not an object`];
  if (!embedded && !hasAnnoContext(annotation))
    problems.push(`${at}: @context must include ${ANNO_CONTEXT_IRI}`);
  if (annotation["@context"] !== undefined && !hasAnnoContext(annotation)) {
    problems.push(`${at}: @context does not include ${ANNO_CONTEXT_IRI}`);
  }
  if (!isIri(annotation.id)) problems.push(`${at}: id must be an IRI`);
  if (!types(annotation).includes("Annotation")) problems.push(`${at}: type must include Annotation`);
  const targets = asList(annotation.target);
  if (targets.length === 0) problems.push(`${at}: an annotation needs at least one target`);
  targets.forEach((t, i) => checkTarget(t, `${at}.target[${i}]`, problems));
  asList(annotation.body).forEach((b, i) => checkBody(b, `${at}.body[${i}]`, problems));
  if (
    annotation.motivation !== undefined &&
    !asList(annotation.motivation).every((m) => MOTIVATIONS.has(String(m)))
  ) {
    problems.push(`${at}: unknown motivation ${JSON.stringify(annotation.motivation)}`);
  }
  return problems;
}

/** An AnnotationCollection (§5.1) with its pages (§5.2), each annotation checked as above. */
export function checkAnnotationCollection(doc: unknown): string[] {
  if (!isObject(doc)) return ["collection: not an object"];
  const problems: string[] = [];
  if (!hasAnnoContext(doc)) problems.push(`collection: @context must include ${ANNO_CONTEXT_IRI}`);
  if (!isIri(doc.id)) problems.push("collection: id must be an IRI");
  if (!types(doc).includes("AnnotationCollection"))
    problems.push("collection: type must be AnnotationCollection");
  let count = 0;
  const page = doc.first;
  if (isObject(page)) {
    if (!isIri(page.id)) problems.push("page: id must be an IRI");
    if (!types(page).includes("AnnotationPage")) problems.push("page: type must be AnnotationPage");
    const items = asList(page.items);
    if (!Array.isArray(page.items)) problems.push("page: items must be a list");
    items.forEach((item, i) => problems.push(...checkAnnotation(item, `items[${i}]`, true)));
    count = items.length;
  } else if (page !== undefined && !isIri(page)) problems.push("collection: first must be a page or its IRI");
  if (
    doc.total !== undefined &&
    (!nonNegativeInteger(doc.total) || (isObject(page) && doc.total !== count))
  ) {
    problems.push(`collection: total ${String(doc.total)} does not count the ${count} annotations`);
  }
  return problems;
}
