import type { JsonSchema, OpenApiDocument } from "@/lib/api/openapi";
import { ReferenceTable } from "./reference-table";
import { refName, SchemaFields, SchemaType } from "./schema-type";

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** Follows a local $ref inside the document, for parameters and responses kept in components. */
function resolve(doc: OpenApiDocument, value: unknown): Json {
  const name = refName(value);
  const ref = obj(value).$ref;
  if (!name || typeof ref !== "string") return obj(value);
  const group = ref.split("/")[2] ?? "";
  return obj(doc.components[group]?.[name]);
}

/** Our own descriptions mark code with backticks; shown as <code>, never parsed as HTML. */
export function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split("\n\n").map((paragraph, i) => (
        <p key={i} className="mt-2 text-stone-700">
          {paragraph.split("`").map((part, j) =>
            j % 2 === 1 ? (
              <code key={j} className="rounded bg-stone-100 px-1 font-mono text-[0.9em]">
                {part}
              </code>
            ) : (
              part
            ),
          )}
        </p>
      ))}
    </>
  );
}

function Content({ content }: { content: unknown }) {
  const entries = Object.entries(obj(content));
  if (entries.length === 0) return <span className="text-stone-500">no body</span>;
  return (
    <ul>
      {entries.map(([type, media]) => (
        <li key={type}>
          <code className="font-mono text-stone-600">{type}</code>:{" "}
          <SchemaType schema={obj(obj(media).schema) as JsonSchema} />
        </li>
      ))}
    </ul>
  );
}

export function OperationView({
  doc,
  method,
  path,
  operation,
}: {
  doc: OpenApiDocument;
  method: string;
  path: string;
  operation: Json;
}) {
  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map((p) =>
    resolve(doc, p),
  );
  const body = obj(operation.requestBody);
  const bodySchema = obj(obj(obj(body.content)["application/json"]).schema);
  const responses = Object.entries(obj(operation.responses));
  const id = String(operation.operationId);
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h3 id={`${id}-heading`} className="flex flex-wrap items-baseline gap-3 font-mono text-base">
        <span className="rounded bg-stone-800 px-2 py-0.5 text-sm font-semibold text-white">
          {method.toUpperCase()}
        </span>
        <span className="break-all">{path}</span>
      </h3>
      <p className="mt-2 font-medium">{String(operation.summary ?? "")}</p>
      {typeof operation.description === "string" ? <Prose text={operation.description} /> : null}

      {parameters.length > 0 ? (
        <>
          <h4 className="mt-4 text-sm font-semibold">Parameters</h4>
          <ReferenceTable
            className="mt-1"
            columns={["Name", "In", "Required", "Type"]}
            rows={parameters.map((p) => ({
              key: `${String(p.in)}:${String(p.name)}`,
              cells: [
                String(p.name),
                String(p.in),
                p.required === true ? "yes" : "no",
                <>
                  <SchemaType schema={obj(p.schema) as JsonSchema} />
                  {typeof p.description === "string" ? (
                    <span className="text-stone-600"> — {p.description}</span>
                  ) : null}
                </>,
              ],
            }))}
          />
        </>
      ) : null}

      {operation.requestBody ? (
        <>
          <h4 className="mt-4 text-sm font-semibold">
            Request body <code className="font-normal text-stone-600">application/json</code>
          </h4>
          <p className="mt-1 text-sm">
            <SchemaType schema={bodySchema as JsonSchema} />
          </p>
          <div className="mt-1">
            <SchemaFields schema={resolve(doc, bodySchema) as JsonSchema} />
          </div>
        </>
      ) : null}

      <h4 className="mt-4 text-sm font-semibold">Responses</h4>
      <ReferenceTable
        className="mt-1"
        columns={["Status", "Meaning", "Body"]}
        rows={responses.map(([status, raw]) => {
          const response = resolve(doc, raw);
          return {
            key: status,
            cells: [
              status,
              String(response.description ?? ""),
              <Content key="body" content={response.content} />,
            ],
          };
        })}
      />
    </section>
  );
}
