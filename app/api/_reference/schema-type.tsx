import type { JsonSchema } from "@/lib/api/openapi";
import { ReferenceTable } from "./reference-table";

type Node = JsonSchema | boolean | undefined;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function refName(schema: unknown): string | null {
  return isSchema(schema) && typeof schema.$ref === "string" ? (schema.$ref.split("/").pop() ?? null) : null;
}

function bounds(schema: JsonSchema): string {
  const parts: string[] = [];
  const safe = (n: unknown) => typeof n === "number" && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  if (safe(schema.minimum)) parts.push(`≥ ${String(schema.minimum)}`);
  if (safe(schema.maximum)) parts.push(`≤ ${String(schema.maximum)}`);
  if (typeof schema.minLength === "number" && schema.minLength > 0) parts.push(`${schema.minLength}+ chars`);
  if (typeof schema.maxLength === "number") parts.push(`≤ ${schema.maxLength} chars`);
  if (typeof schema.minItems === "number") parts.push(`${schema.minItems}+ items`);
  if (typeof schema.maxItems === "number") parts.push(`≤ ${schema.maxItems} items`);
  if (typeof schema.format === "string") parts.push(schema.format);
  if (typeof schema.pattern === "string") parts.push(`pattern ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function join(items: readonly Node[], separator: string) {
  return items.map((item, i) => (
    <span key={i}>
      {i > 0 ? separator : null}
      <SchemaType schema={item} />
    </span>
  ));
}

/** A JSON Schema in one line a reader can take in: `string | null`, `Claim[]`, `"agree" | "single"`. */
export function SchemaType({ schema }: { schema: Node }) {
  if (schema === undefined || schema === true || (isSchema(schema) && Object.keys(schema).length === 0)) {
    return <span>any</span>;
  }
  if (schema === false) return <span>nothing</span>;
  const name = refName(schema);
  if (name) {
    return (
      <a href={`#schema-${name}`} className="text-blue-800 hover:underline">
        {name}
      </a>
    );
  }
  if (schema.const !== undefined) return <span>{JSON.stringify(schema.const)}</span>;
  if (Array.isArray(schema.enum)) return <span>{schema.enum.map((v) => JSON.stringify(v)).join(" | ")}</span>;
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return <span>{join(options as Node[], " | ")}</span>;
  }
  if (Array.isArray(schema.allOf)) return <span>{join(schema.allOf as Node[], " & ")}</span>;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type ?? "object")];
  if (types.includes("array")) {
    return (
      <span>
        <SchemaType schema={isSchema(schema.items) ? schema.items : undefined} />
        []{bounds(schema)}
      </span>
    );
  }
  return <span>{`${types.join(" | ")}${bounds(schema)}`}</span>;
}

/** The properties of an object schema as rows; other schemas get their one-line type. */
export function SchemaFields({ schema }: { schema: Node }) {
  const properties = isSchema(schema) && isSchema(schema.properties) ? schema.properties : null;
  if (!properties || !isSchema(schema)) {
    return (
      <p className="text-sm">
        <SchemaType schema={schema} />
      </p>
    );
  }
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return (
    <ReferenceTable
      columns={["Field", "Type", "Required"]}
      breakable={1}
      rows={Object.entries(properties).map(([field, value]) => ({
        key: field,
        cells: [
          field,
          <SchemaType
            key="type"
            schema={isSchema(value) || typeof value === "boolean" ? value : undefined}
          />,
          required.has(field) ? "yes" : "no",
        ],
      }))}
    />
  );
}
