import type { Metadata } from "next";
import type { JsonSchema } from "@/lib/api/openapi";
import { openApiDocument } from "@/lib/api/openapi-operations";
import { OperationView, Prose } from "./_reference/operation-view";
import { SchemaFields } from "./_reference/schema-type";

export const metadata: Metadata = {
  title: "API",
  description: "Every operation of the Parallax API: parameters, bodies, responses and errors.",
};

const METHOD_ORDER = ["get", "post", "put", "patch", "delete"];

/** The API reference, rendered on the server from the same document /api/openapi.json serves. */
export default function ApiReferencePage() {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHOD_ORDER.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] ?? {} })),
  );
  const schemas = Object.entries(doc.components.schemas ?? {});
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="text-2xl font-semibold">{doc.info.title}</h1>
      <Prose text={doc.info.description} />
      <p className="mt-2 text-stone-700">
        Machine-readable:{" "}
        <a href="/api/openapi.json" className="text-blue-800 hover:underline">
          /api/openapi.json
        </a>{" "}
        (OpenAPI {doc.openapi}, schemas in JSON Schema 2020-12). Errors are{" "}
        <code className="font-mono">application/problem+json</code> bodies shaped like{" "}
        <a href="#schema-Problem" className="text-blue-800 hover:underline">
          Problem
        </a>
        .
      </p>

      <nav aria-labelledby="toc-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="toc-heading" className="font-semibold">
          Operations
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {operations.map(({ path, method, operation }) => (
            <li key={`${method} ${path}`}>
              <a href={`#${String(operation.operationId)}`} className="hover:underline">
                <span className="inline-block w-16 font-mono font-semibold">{method.toUpperCase()}</span>
                <span className="font-mono">{path}</span>
              </a>{" "}
              <span className="text-stone-600">— {String(operation.summary ?? "")}</span>
            </li>
          ))}
        </ul>
      </nav>

      {doc.tags.map((tag) => {
        const tagged = operations.filter(({ operation }) =>
          (operation.tags as string[] | undefined)?.includes(tag.name),
        );
        if (tagged.length === 0) return null;
        return (
          <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="mt-10">
            <h2 id={`tag-${tag.name}`} className="text-xl font-semibold">
              {tag.name}
            </h2>
            <p className="mt-1 text-stone-600">{tag.description}</p>
            <div className="mt-4 space-y-6">
              {tagged.map(({ path, method, operation }) => (
                <OperationView
                  key={`${method} ${path}`}
                  doc={doc}
                  method={method}
                  path={path}
                  operation={operation}
                />
              ))}
            </div>
          </section>
        );
      })}

      <section aria-labelledby="schemas-heading" className="mt-12">
        <h2 id="schemas-heading" className="text-xl font-semibold">
          Schemas
        </h2>
        <div className="mt-4 space-y-6">
          {schemas.map(([name, schema]) => (
            <section
              key={name}
              id={`schema-${name}`}
              aria-labelledby={`schema-${name}-heading`}
              className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4"
            >
              <h3 id={`schema-${name}-heading`} className="font-mono font-semibold">
                {name}
              </h3>
              <div className="mt-2">
                <SchemaFields schema={schema as JsonSchema} />
              </div>
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-stone-600">JSON Schema</summary>
                <pre className="mt-2 max-h-96 overflow-auto rounded bg-stone-100 p-3 text-xs">
                  {JSON.stringify(schema, null, 2)}
                </pre>
              </details>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
