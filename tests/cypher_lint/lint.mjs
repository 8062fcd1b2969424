// Lint Cypher with Neo4j's own parser and semantic checker (@neo4j-cypher/language-support,
// the library behind Neo4j Browser, Query and the VS Code extension).
// stdin: {"schema": {labels, relationshipTypes, propertyKeys}, "statements":
//         [{"name", "text", "params": {...} | null, "console": bool}]}
// stdout: [{"name", "diagnostics": [{"severity", "message", "line", "column", "text"}]}]
// The database's functions and procedures are those of a Neo4j 5 server without plugins:
// the package's registry for CYPHER 5, APOC left out.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function withoutPlugins(registry) {
  const out = {};
  for (const [version, entries] of Object.entries(registry)) {
    out[version] = Object.fromEntries(
      Object.entries(entries).filter(([name]) => !name.startsWith('apoc.')));
  }
  return out;
}

const input = JSON.parse(readFileSync(0, 'utf8'));
const base = {
  ...input.schema,
  functions: withoutPlugins(testData.mockSchema.functions),
  procedures: withoutPlugins(testData.mockSchema.procedures),
  defaultLanguage: 'CYPHER 5',
};
const results = input.statements.map(({ name, text, params, console: isConsole }) => {
  const schema = params === null ? base : { ...base, parameters: params };
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: !!isConsole });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      text: text.slice(d.offsets.start, d.offsets.end),
    })),
  };
});
process.stdout.write(JSON.stringify(results));
