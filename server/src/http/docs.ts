/**
 * The API reference page: plain HTML rendered on the server from the OpenAPI document, with no
 * script and nothing loaded from elsewhere (the portal's machines may have no internet).
 */

type Json = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function esc(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Inline code spans from backticks in descriptions. */
function text(value: unknown): string {
  return esc(value).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function refName(ref: string): string {
  return ref.split('/').at(-1) ?? ref;
}

function typeLabel(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => `<code>${esc(v)}</code>`).join(', ')}`;
  if (schema.const !== undefined) return `<code>${esc(JSON.stringify(schema.const))}</code>`;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(schema[key])) {
      const parts = (schema[key] as Json[]).filter((s) => s.type !== 'null').map(typeLabel);
      const nullable = (schema[key] as Json[]).some((s) => s.type === 'null');
      return parts.join(key === 'allOf' ? ' &amp; ' : ' | ') + (nullable ? ' | null' : '');
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') return `array of ${typeLabel(schema.items as Json | undefined)}`;
  const format = schema.format
    ? ` (${esc(schema.format)})`
    : schema.pattern
      ? ` (pattern <code>${esc(schema.pattern)}</code>)`
      : '';
  const bounds: string[] = [];
  if (schema.minLength !== undefined) bounds.push(`min length ${esc(schema.minLength)}`);
  if (schema.maxLength !== undefined) bounds.push(`max length ${esc(schema.maxLength)}`);
  if (schema.minimum !== undefined) bounds.push(`≥ ${esc(schema.minimum)}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${esc(schema.maximum)}`);
  if (schema.minItems !== undefined) bounds.push(`at least ${esc(schema.minItems)} item(s)`);
  return `${esc(type ?? 'any')}${format}${bounds.length ? ` <small>${bounds.join(', ')}</small>` : ''}`;
}

/** One row per property, nested inline objects flattened as `a.b`. */
function propertyRows(schema: Json, prefix = '', depth = 0): string {
  const properties = schema.properties as Record<string, Json> | undefined;
  if (!properties) return '';
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties)
    .map(([name, property]) => {
      const path = prefix + name;
      const row = `<tr><td><code>${esc(path)}</code>${required.has(name) ? '' : ' <small>optional</small>'}</td><td>${typeLabel(
        property,
      )}</td><td>${text(property.description)}</td></tr>`;
      const nested =
        property.type === 'object' && property.properties && depth < 3
          ? propertyRows(property, `${path}.`, depth + 1)
          : '';
      return row + nested;
    })
    .join('');
}

function schemaBlock(schema: Json | undefined): string {
  if (!schema) return '';
  const rows = propertyRows(schema);
  if (!rows) return `<p>${typeLabel(schema)}</p>`;
  return `<table><thead><tr><th>field</th><th>type</th><th>description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function anchor(method: string, path: string): string {
  return `op-${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export function renderDocs(document: Json): string {
  const info = (document.info ?? {}) as Json;
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  const schemas = (((document.components ?? {}) as Json).schemas ?? {}) as Record<string, Json>;

  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method]! })),
  );
  const tags = [...new Set(operations.map(({ op }) => ((op.tags as string[] | undefined) ?? ['Other'])[0]!))];

  const nav = tags
    .map(
      (tag) =>
        `<li>${esc(tag)}<ul>${operations
          .filter(({ op }) => ((op.tags as string[] | undefined) ?? ['Other'])[0] === tag)
          .map(
            ({ method, path }) =>
              `<li><a href="#${anchor(method, path)}"><span class="m ${method}">${method.toUpperCase()}</span> ${esc(path)}</a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');

  const sections = operations
    .map(({ path, method, op }) => {
      const parameters = (op.parameters as Json[] | undefined) ?? [];
      const paramTable = parameters.length
        ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>${parameters
            .map(
              (p) =>
                `<tr><td><code>${esc(p.name)}</code>${p.required ? '' : ' <small>optional</small>'}</td><td>${esc(p.in)}</td><td>${typeLabel(
                  p.schema as Json,
                )}</td><td>${text(p.description ?? (p.schema as Json | undefined)?.description)}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '';
      const body = op.requestBody as Json | undefined;
      const bodyContent = (body?.content ?? {}) as Record<string, Json>;
      const bodyHtml = Object.entries(bodyContent)
        .map(([type, media]) => `<h4>Request body <code>${esc(type)}</code></h4>${schemaBlock(media.schema as Json)}`)
        .join('');
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
        .map(([status, response]) => {
          const content = Object.entries((response.content ?? {}) as Record<string, Json>)
            .map(([type, media]) => `<code>${esc(type)}</code>: ${typeLabel(media.schema as Json)}`)
            .join('<br>');
          return `<tr><td><b>${esc(status)}</b></td><td>${text(response.description)}</td><td>${content}</td></tr>`;
        })
        .join('');
      const secured = Array.isArray(op.security) && op.security.length > 0;
      const optional = secured && (op.security as Json[]).some((s) => Object.keys(s).length === 0);
      const auth = secured ? `<p class="auth">${optional ? 'Bearer token optional' : 'Bearer token required'}</p>` : '';
      return `<section id="${anchor(method, path)}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(
        path,
      )}</code></h3><p><b>${text(op.summary)}</b></p>${op.description ? `<p>${text(op.description)}</p>` : ''}${auth}${paramTable}${bodyHtml}<h4>Responses</h4><table><tbody>${responses}</tbody></table></section>`;
    })
    .join('');

  const components = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${schema.description ? `<p>${text(schema.description)}</p>` : ''}${schemaBlock(
          schema,
        )}<details><summary>JSON Schema</summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details></section>`,
    )
    .join('');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} — API reference</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;display:flex}
nav{position:sticky;top:0;height:100vh;overflow:auto;min-width:300px;max-width:340px;background:#f6f8fa;border-right:1px solid #d0d7de;padding:16px;box-sizing:border-box;font-size:13px}
nav ul{list-style:none;padding-left:8px;margin:4px 0 12px}nav a{text-decoration:none;color:inherit}
main{padding:24px 40px;max-width:1100px;flex:1;min-width:0}
section{border-top:1px solid #d0d7de;padding:12px 0}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#f6f8fa;padding:0 3px;border-radius:3px}pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}
.m{display:inline-block;min-width:52px;text-align:center;border-radius:4px;color:#fff;font:bold 12px monospace;padding:2px 4px}
.get{background:#1a7f37}.post{background:#0969da}.patch{background:#9a6700}.put{background:#8250df}.delete{background:#cf222e}
.auth{color:#9a6700}small{color:#57606a}
</style></head>
<body><nav><p><b>${esc(info.title)}</b> ${esc(info.version)}</p><p><a href="openapi.json">openapi.json</a></p><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main><h1>${esc(info.title)}</h1><p>${text(info.description)}</p>
<p>OpenAPI ${esc(document.openapi)} document: <a href="openapi.json"><code>/api/openapi.json</code></a>.</p>
<h2>Operations</h2>${sections}<h2 id="schemas">Schemas</h2>${components}</main></body></html>`;
}
