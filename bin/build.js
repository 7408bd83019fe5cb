// `npm run build [-- <outDir>]`: compiles Custos to JavaScript (dist/ unless told otherwise) and copies
// the SDL files the services read at run time beside the compiled schema code. Plain JavaScript,
// because it runs before anything is compiled.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');

fs.rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--outDir', outDir],
  { stdio: 'inherit' },
);
for (const file of fs.readdirSync(path.join(root, 'schema'))) {
  if (file.endsWith('.graphql')) fs.copyFileSync(path.join(root, 'schema', file), path.join(outDir, 'schema', file));
}
