/**
 * A structural check of an OpenAPI 3.1 document against the rules of the specification
 * (https://spec.openapis.org/oas/v3.1.1) that a generator can get wrong: required fields, unique
 * operation ids, path templating, parameter shape and every $ref resolving. No validator package
 * is a dependency, so the rules are written out here; each returns a message naming the place.
 */
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const PARAMETER_PLACES = new Set(["query", "header", "path", "cookie"]);
const COMPONENT_KEY = /^[a-zA-Z0-9.\-_]+$/;
const STATUS_KEY = /^(default|[1-5](\d\d|XX))$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Resolves a local JSON pointer (RFC 6901) such as #/components/schemas/Claim. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  if (ref === "#") return doc;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Follows a Reference Object to what it names, for parameters and responses. */
function deref(doc: unknown, value: unknown): unknown {
  return isObject(value) && typeof value.$ref === "string" ? resolvePointer(doc, value.$ref) : value;
}

function checkRefs(doc: unknown, node: unknown, at: string, problems: string[]): void {
  if (Array.isArray(node)) return node.forEach((v, i) => checkRefs(doc, v, `${at}/${i}`, problems));
  if (!isObject(node)) return;
  if (typeof node.$ref === "string" && resolvePointer(doc, node.$ref) === undefined) {
    problems.push(`${at}: $ref ${node.$ref} does not resolve`);
  }
  for (const [key, value] of Object.entries(node)) checkRefs(doc, value, `${at}/${key}`, problems);
}

function checkParameter(doc: unknown, raw: unknown, at: string, problems: string[]): Json | null {
  const parameter = deref(doc, raw);
  if (!isObject(parameter)) return (void problems.push(`${at}: not a parameter`), null);
  if (typeof parameter.name !== "string" || !parameter.name) problems.push(`${at}: a parameter needs a name`);
  if (!PARAMETER_PLACES.has(String(parameter.in)))
    problems.push(`${at}: "in" must be query, header, path or cookie`);
  if (parameter.in === "path" && parameter.required !== true)
    problems.push(`${at}: a path parameter must be required`);
  if ((parameter.schema === undefined) === (parameter.content === undefined)) {
    problems.push(`${at}: a parameter has exactly one of schema or content`);
  }
  return parameter;
}

function checkResponses(doc: unknown, responses: unknown, at: string, problems: string[]): void {
  if (!isObject(responses) || Object.keys(responses).length === 0) {
    return void problems.push(`${at}: an operation needs at least one response`);
  }
  for (const [status, raw] of Object.entries(responses)) {
    if (!STATUS_KEY.test(status)) problems.push(`${at}/${status}: not a status code`);
    const response = deref(doc, raw);
    if (!isObject(response) || typeof response.description !== "string") {
      problems.push(`${at}/${status}: a response needs a description`);
    } else if (response.content !== undefined && !isObject(response.content)) {
      problems.push(`${at}/${status}: content maps media types to media type objects`);
    }
  }
}

function checkOperation(
  doc: Json,
  path: string,
  method: string,
  op: unknown,
  inherited: Json[],
  problems: string[],
  ids: Set<string>,
): void {
  const at = `paths/${path}/${method}`;
  if (!isObject(op)) return void problems.push(`${at}: not an operation`);
  if (op.operationId !== undefined) {
    if (typeof op.operationId !== "string") problems.push(`${at}: operationId must be text`);
    else if (ids.has(op.operationId)) problems.push(`${at}: operationId ${op.operationId} is not unique`);
    else ids.add(op.operationId);
  }
  const own = Array.isArray(op.parameters) ? op.parameters : [];
  if (op.parameters !== undefined && !Array.isArray(op.parameters))
    problems.push(`${at}: parameters must be a list`);
  const parameters = own.map((p, i) => checkParameter(doc, p, `${at}/parameters/${i}`, problems));
  const seen = new Set<string>();
  for (const p of parameters) {
    if (!p) continue;
    const key = `${String(p.in)}:${String(p.name)}`;
    if (seen.has(key)) problems.push(`${at}: parameter ${key} is listed twice`);
    seen.add(key);
  }
  const declared = new Set(
    [...inherited, ...parameters.filter((p): p is Json => p !== null)]
      .filter((p) => p.in === "path")
      .map((p) => String(p.name)),
  );
  const templated = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? ""));
  for (const name of templated)
    if (!declared.has(name)) problems.push(`${at}: path parameter {${name}} is not declared`);
  for (const name of declared)
    if (!templated.has(name)) problems.push(`${at}: path parameter ${name} is not in the path`);
  if (op.requestBody !== undefined) {
    const body = deref(doc, op.requestBody);
    if (!isObject(body) || !isObject(body.content)) problems.push(`${at}: a requestBody needs content`);
  }
  checkResponses(doc, op.responses, `${at}/responses`, problems);
}

export function checkOpenApi31(doc: unknown): string[] {
  if (!isObject(doc)) return ["the document is not an object"];
  const problems: string[] = [];
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi))
    problems.push('openapi must be "3.1.x"');
  const info = doc.info;
  if (!isObject(info)) problems.push("info is required");
  else {
    if (typeof info.title !== "string" || !info.title) problems.push("info.title is required");
    if (typeof info.version !== "string" || !info.version) problems.push("info.version is required");
  }
  if (doc.paths === undefined && doc.components === undefined && doc.webhooks === undefined) {
    problems.push("one of paths, components or webhooks is required");
  }
  const ids = new Set<string>();
  const templates = new Map<string, string>();
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!path.startsWith("/")) problems.push(`paths/${path}: a path starts with /`);
    const shape = path.replace(/\{[^}]+\}/g, "{}");
    if (templates.has(shape)) problems.push(`paths/${path}: same template as ${templates.get(shape)}`);
    templates.set(shape, path);
    if (!isObject(item)) {
      problems.push(`paths/${path}: not a path item`);
      continue;
    }
    const shared = (Array.isArray(item.parameters) ? item.parameters : [])
      .map((p, i) => checkParameter(doc, p, `paths/${path}/parameters/${i}`, problems))
      .filter((p): p is Json => p !== null);
    for (const method of METHODS) {
      if (item[method] !== undefined) checkOperation(doc, path, method, item[method], shared, problems, ids);
    }
  }
  for (const [group, members] of Object.entries(isObject(doc.components) ? doc.components : {})) {
    for (const key of Object.keys(isObject(members) ? members : {})) {
      if (!COMPONENT_KEY.test(key)) problems.push(`components/${group}/${key}: not a valid component name`);
    }
  }
  checkRefs(doc, doc, "#", problems);
  return problems;
}
