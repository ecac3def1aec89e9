/**
 * Build for the three pages: taskpane.html (inside Excel), commands.html (the ribbon's function
 * file) and web.html (the standalone page; nothing remote). `npm run build` needs no network and
 * no certificates; `npm start` (development) serves over https on port 3000 with
 * office-addin-dev-certs. The production build rewrites https://localhost:3000/ in the copied
 * manifest to ADDIN_URL; without ADDIN_URL it builds the pages but writes no dist/manifest.xml (never
 * one pointing at a placeholder host). `npm run build:addin` (`--env addin`) is the packaging step: it
 * fails with a sentence when ADDIN_URL is not set.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const ts = require('typescript');
const fs = require('fs');
const esbuild = require('esbuild');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/** What `npm run build:addin` says when it has no address to point the manifest at. */
const NO_ADDIN_URL =
  'ADDIN_URL is not set: the manifest would point at no real host. Set it to the https:// address where dist/ will be served, e.g. ADDIN_URL=https://baocao.xa.vn/cchc/ npm run build:addin';

/**
 * The production address, with exactly one trailing slash; null when ADDIN_URL is not set (the
 * build then writes no manifest), an error when `required` (the packaging step) or not https.
 */
function productionUrl(env = process.env, required = false) {
  const url = (env.ADDIN_URL || '').trim();
  if (!url) {
    if (required) throw new Error(NO_ADDIN_URL);
    return null;
  }
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// address (Office requires it), got ${url}`);
  return url.replace(/\/*$/, '/');
}

/** The manifest with every dev URL pointing to the production address. */
function rewriteManifest(xml, url) {
  return xml.split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, '')).join(url.replace(/\/$/, ''));
}

/**
 * src/taskpane/legacyWebview.ts compiled to ES5 as an inline script, right after office.js: IE 11
 * and Edge Legacy cannot parse the bundle, so the check that tells them to use web.html must not
 * depend on it. It also sets Office.initialize, which old Office waits for before the pane is
 * "ready" (nothing else would set it when the bundle does not parse), and there checks ExcelApi 1.7:
 * the manifest asks for 1.1 only, so that Office 2016 shows the pane and this message.
 */
function legacyScript() {
  const source = fs.readFileSync(path.join(__dirname, 'src/taskpane/legacyWebview.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.None, removeComments: true },
  }).outputText;
  // No module system in the page: drop the CommonJS export lines, keep the functions.
  const body = js
    .split('\n')
    .filter((l) => !/^\s*(exports\.|Object\.defineProperty\(exports)/.test(l) && !/^"use strict";$/.test(l.trim()))
    .join('\n');
  return [
    '(function () {',
    body,
    'function show(reason) {',
    '  window.__cchcPlainMessage = reason;',
    // It may run in <head>, before the body exists.
    '  if (document.body) showLegacyMessage(document, undefined, reason);',
    "  else document.addEventListener('DOMContentLoaded', function () { showLegacyMessage(document, undefined, reason); });",
    '}',
    'var legacy = isLegacyWebview(window.navigator.userAgent);',
    'if (legacy) {',
    '  window.__cchcLegacyWebview = true;',
    "  show('webview');",
    '}',
    "if (typeof Office !== 'undefined') {",
    '  Office.initialize = function () {',
    "    if (!legacy && isExcel(Office) && !hasPaneExcelApi(Office)) show('api');",
    '  };',
    '}',
    '})();',
  ].join('\n');
}

/**
 * The ECMAScript level of every emitted script. Fluent UI's dependencies ship ES2022 syntax (class
 * `static {}` blocks, class fields), which WebKit before 16.4 cannot parse: older Excel for Mac and
 * iPad would stay on "Đang tải…" for ever. ES2020 parses in every webview Office still supports
 * besides IE 11 / Edge Legacy (Safari 14+, WebView2), which get the inline message instead.
 */
const ES_LEVEL = 2020;

/** Lowers every emitted .js (ours, the libraries', webpack's runtime) to ES_LEVEL with esbuild, before minification. */
class LowerSyntaxPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LowerSyntaxPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'LowerSyntaxPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        async (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.js$/.test(name)) continue;
            const { source, map } = compilation.getAsset(name).source.sourceAndMap();
            const code = source.toString();
            const out = await esbuild.transform(code, { loader: 'js', target: `es${ES_LEVEL}`, sourcemap: !!map, sourcefile: name });
            compilation.updateAsset(name, map ? new sources.SourceMapSource(out.code, name, out.map, code, map, true) : new sources.RawSource(out.code));
          }
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  // The packaging step (--env addin) needs ADDIN_URL; a plain production build (CI, the browser tests) does not.
  const url = dev ? DEV_URL : productionUrl(process.env, !!(env && env.addin));
  if (!dev && !url) console.warn('dist/manifest.xml is not written: ADDIN_URL is not set (npm run build:addin needs it).');
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The web page's worker (src/web/worker.ts) is built from `new Worker(new URL('./worker.ts', import.meta.url))`.
      web: './src/web/index.tsx',
      // The province's roll-up page (issue 14): many workbooks through the same worker.
      rollup: './src/web/rollup/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
      // Every build writes every file, unchanged ones too: dist/'s times are the build's, which the browser tests
      // compare with the sources' to build again (test/browser/staleDist.ts).
      compareBeforeEmit: false,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext' } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Big libraries get chunks of their own, so the pane's initial chunks hold neither:
          // the office host reads through Office.js, and the UI imports docx on demand.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'all', priority: 30, enforce: true },
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: 'docx', chunks: 'async', priority: 30, enforce: true },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: 'ui-vendor',
            chunks: 'initial',
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new LowerSyntaxPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { legacyScript: legacyScript() },
      }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'web.html', template: './src/web/web.html', chunks: ['web'] }),
      new HtmlWebpackPlugin({ filename: 'rollup.html', template: './src/web/rollup/rollup.html', chunks: ['rollup'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          ...(url
            ? [
                {
                  from: 'manifest.xml',
                  to: 'manifest.xml',
                  transform: (content) => (dev ? content : Buffer.from(rewriteManifest(content.toString('utf8'), url))),
                },
              ]
            : []),
        ],
      }),
    ],
  };
  if (dev && env && env.WEBPACK_SERVE) {
    // Certificates only for the dev server (never for `npm run build`).
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    config.devServer = {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } },
      // Everything is served from the compilation in memory (pages, chunks, copied assets and manifest).
      static: false,
      hot: false,
    };
  }
  return config;
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.productionUrl = productionUrl;
module.exports.legacyScript = legacyScript;
module.exports.DEV_URL = DEV_URL;
module.exports.NO_ADDIN_URL = NO_ADDIN_URL;
module.exports.ES_LEVEL = ES_LEVEL;
