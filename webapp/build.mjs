// Builds the web map's application shell into resources/webmap/ (run by `make webapp`).
//
//   node build.mjs [--outdir ../resources/webmap]
//
// Output (the exporter in amuddu_plugin/core/webmap.py copies it and fills in the data):
//   app.js                 the application and the parts of Leaflet it uses (minified)
//   app.css                Leaflet's stylesheet and ours (minified); images/ for Leaflet's
//   index.template.html    the page, with %%AMUDDU_...%% placeholders for the exporter
//   index.LANG.template.html  the same with its interface texts in LANG already in place
//                          (the exporter uses the default language's), so that the page
//                          shows them before the app starts and nothing moves when it does
//   sw.template.js         the service worker, likewise
//   LICENSES.txt           the licences of the code that ships in the export
//
// The output is written to a temporary folder and renamed into place, so a failed build
// leaves the previous one as it was.
import {build} from 'esbuild';
import {chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {LOCALES, t} from './src/i18n.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--outdir');
const outdir = resolve(outIndex >= 0 ? args[outIndex + 1] : join(here, '..', 'resources', 'webmap'));
const tmp = mkdtempSync(join(dirname(outdir), '.webmap-build-'));
chmodSync(tmp, 0o755);

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page with the interface texts of ``lang`` in its empty ``data-t`` elements and its
 * placeholder, label and title attributes (the app sets the same when it starts). */
function withTexts(page, lang) {
  const attribute = (target) => (all, key) => `${all} ${target}="${escapeHtml(t(lang, key))}"`;
  return page
    .replace(/(<([a-z0-9]+)\b[^>]*?\sdata-t="([a-z_]+)"[^>]*>)(?=<\/\2>)/g,
      (all, open, tag, key) => open + escapeHtml(t(lang, key)))
    .replace(/\sdata-t-ph="([a-z_]+)"/g, attribute('placeholder'))
    .replace(/\sdata-t-aria="([a-z_]+)"/g, attribute('aria-label'))
    .replace(/\sdata-t-title="([a-z_]+)"/g, attribute('title'));
}

function pkg(name) {
  return JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8'));
}

try {
  const common = {bundle: true, minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'warning'};
  await build({
    ...common,
    entryPoints: [join(here, 'src', 'main.js')],
    outfile: join(tmp, 'app.js'),
    format: 'iife',
    target: ['es2018', 'chrome64', 'firefox78', 'safari15'],
    // Leaflet's sources are ES modules: only the modules the app imports are bundled.
    mainFields: ['module', 'main'],
  });
  await build({
    ...common,
    entryPoints: [join(here, 'src', 'app.css')],
    outfile: join(tmp, 'app.css'),
    loader: {'.png': 'file', '.svg': 'file'},
    assetNames: 'images/[name]',
    target: ['chrome64', 'firefox78', 'safari15'],
  });
  const template = readFileSync(join(here, 'src', 'index.html'), 'utf8')
    .replace(/^\s+/gm, '')
    .replace(/\n(?=<)/g, '');
  writeFileSync(join(tmp, 'index.template.html'), template);
  for (const lang of Object.keys(LOCALES)) writeFileSync(join(tmp, `index.${lang}.template.html`), withTexts(template, lang));
  cpSync(join(here, 'src', 'icons'), join(tmp, 'icons'), {recursive: true});
  // The service worker, with the placeholders the exporter fills in (version, files).
  cpSync(join(here, 'src', 'sw.js'), join(tmp, 'sw.template.js'));

  const leaflet = pkg('leaflet');
  const licences = [
    'Amuddu web map',
    '==============',
    '',
    'The application (app.js, app.css, index.html) is part of the Amuddu QGIS plugin,',
    'licensed under the GNU General Public License, version 2 or later.',
    '',
    'It includes the following third-party code, under these licences:',
    '',
    `Leaflet ${leaflet.version} (https://leafletjs.com), ${leaflet.license}`,
    '-'.repeat(60),
    readFileSync(join(here, 'node_modules', 'leaflet', 'LICENSE'), 'utf8').trim(),
    '',
  ].join('\n');
  writeFileSync(join(tmp, 'LICENSES.txt'), licences);

  if (existsSync(outdir)) {
    const old = `${outdir}.old-${process.pid}`;
    renameSync(outdir, old);
    renameSync(tmp, outdir);
    rmSync(old, {recursive: true, force: true});
  } else {
    renameSync(tmp, outdir);
  }
  console.log(`web map shell built in ${outdir}`);
} catch (err) {
  rmSync(tmp, {recursive: true, force: true});
  console.error(err.message || err);
  process.exit(1);
}
