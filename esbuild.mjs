// One build script, six bundles: the VS Code client, the language server, the language service it loads after the
// handshake, the preview it loads on the first preview, the language model the service and the CLI load on first
// tagging, and the CLI.
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * dist/server.js requires dist/service.js at run time instead of holding it: the service (rules, YAML and Handlebars
 * parsers) is most of the code, and Node compiles a bundle whole before it answers the initialize request. The
 * preview (the Handlebars compiler) is dist/preview.js, required on the first preview only, and the contact-list
 * reader (csv-parse) is dist/contact-list.js, required on the first template that names a list.
 */
const serviceBesideServer = {
  name: 'service-beside-server',
  setup(build) {
    build.onResolve({ filter: /^\.\/service\/index$/ }, () => ({ path: './service.js', external: true }));
    build.onResolve({ filter: /^\.\/service\/features\/preview$/ }, () => ({ path: './preview.js', external: true }));
    build.onResolve({ filter: /^\.\/contactList$/ }, () => ({ path: './contact-list.js', external: true }));
  },
};

/**
 * The language model (wink-nlp and its English model, most of the shipped bytes) is a bundle of its own,
 * dist/nlp-model.js, which the service and the CLI require on first tagging: shipped once, not once per bundle.
 */
const modelBesideBundle = {
  name: 'model-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/winkModel$/ }, () => ({ path: './nlp-model.js', external: true }));
  },
};

/** The options of the six bundles; `production` is the release build: minified, without source maps. */
export function bundles(production) {
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
    // jsonc-parser's main build is UMD, whose runtime require()s esbuild cannot follow; its ES module build bundles.
    alias: { yaml: './node_modules/yaml/browser/index.js', 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  };
  return [
    // The client shares only server/src/protocol.ts with the server: previews and summaries are the server's answers.
    { ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...shared, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` }, plugins: [serviceBesideServer] },
    { ...shared, entryPoints: ['server/src/service/index.ts'], outfile: 'dist/service.js', plugins: [modelBesideBundle] },
    { ...shared, entryPoints: ['server/src/service/features/preview.ts'], outfile: 'dist/preview.js' },
    { ...shared, entryPoints: ['server/src/contactList.ts'], outfile: 'dist/contact-list.js' },
    { ...shared, entryPoints: ['server/src/service/language/winkModel.ts'], outfile: 'dist/nlp-model.js' },
    { ...shared, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` }, plugins: [modelBesideBundle] },
  ];
}

// Run as a script (not imported, as the bundle test does): build, or with --watch rebuild on change.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const builds = bundles(process.argv.includes('--production'));
  if (process.argv.includes('--watch')) {
    for (const options of builds) await (await esbuild.context(options)).watch();
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
  }
}
