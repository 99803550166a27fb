// One build script, three bundles: the VS Code client, the language server and the CLI.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // ESM dependencies (tinyglobby's fdir) read import.meta.url; give them this bundle's own URL.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...shared, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
  { ...shared, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
