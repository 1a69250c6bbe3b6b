// Generates src/sdk/protocol.gen.ts from protocol/openapi.yaml; with --check, fails when the
// committed file is stale, so the SDK's types can never drift from the protocol document.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL('../protocol/openapi.yaml', import.meta.url);
const target = new URL('../src/sdk/protocol.gen.ts', import.meta.url);
const header = '// Generated from protocol/openapi.yaml by `npm run protocol:types`. Do not edit.\n';

const ast = await openapiTS(source, { exportType: true, alphabetize: true });
const fresh = header + '/* eslint-disable */\n' + astToString(ast);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== fresh) {
    console.error('src/sdk/protocol.gen.ts is out of date with protocol/openapi.yaml: run `npm run protocol:types`.');
    process.exit(1);
  }
  console.log('protocol types are up to date');
} else {
  await writeFile(target, fresh);
  console.log('wrote src/sdk/protocol.gen.ts');
}
