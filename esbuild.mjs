// One build script, four bundles: the VS Code client, the language server, the language service it loads after the
// handshake, and the CLI.
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
  // yaml's Node build reads process.env (a call into C++) for every token it parses, a fifth of a front-matter parse;
  // its browser build is the same code without those reads.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/**
 * dist/server.js requires dist/service.js at run time instead of holding it: the service (rules, YAML and Handlebars
 * parsers) is most of the code, and Node compiles a bundle whole before it answers the initialize request.
 */
const serviceBesideServer = {
  name: 'service-beside-server',
  setup(build) {
    build.onResolve({ filter: /^\.\/service\/index$/ }, () => ({ path: './service.js', external: true }));
  },
};

const builds = [
  // The client formats summaries and previews but never tags language, so the NLP model (loaded on first tagging) stays
  // out of its bundle.
  { ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'wink-nlp', 'wink-eng-lite-web-model'] },
  { ...shared, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` }, plugins: [serviceBesideServer] },
  { ...shared, entryPoints: ['server/src/service/index.ts'], outfile: 'dist/service.js' },
  { ...shared, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
