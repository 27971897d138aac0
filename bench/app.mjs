// The app section of `npm run bench` (bench/run.mjs): the desktop app's page in Chromium, through the same
// harness the e2e journeys use (test/e2e/harness: the built renderer served on 127.0.0.1, `window.api` wired
// to the real main-process handlers), with the check in a worker thread as the app runs it.
//   firstPaintMs   first contentful paint of the start screen on a fresh page, against a static page with
//                  one line of text served the same way (what Chromium needs to show anything).
//   projectOpenMs  from the click on "Open folder" (the dialog answers at once) to the frame in which the
//                  report of a 3,000-file widget is on screen, against the check worker alone reading and
//                  checking the same folder (what any front end must wait for); the difference is the UI's.
/* global document, requestAnimationFrame -- the open is timed inside the page */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { buildNodeBundles, NODE_ESM_BUNDLE } from '../build.mjs';
import { median, ratio, round, spread } from './lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const work = join(here, 'work', 'app');
const PROJECT_FILES = 3_000;
const FIRST_PAINT_AIM_MS = 300;
const PROJECT_OPEN_AIM_MS = 1_500;

/** Vitest replaces `electron` for the journeys (test/e2e/harness/setup.ts); the bundle does the same. */
const ELECTRON_STUB = 'export default {};\nexport const ipcMain = { handle() {}, removeHandler() {} };\n';

/**
 * The harness and the services as one ES module for Node. electron-store is bundled so its `electron`
 * import meets the stub; every other package stays in node_modules.
 */
async function loadHarness() {
  const outfile = join(work, 'harness.mjs');
  const harnessDir = join(root, 'test', 'e2e', 'harness');
  await build({
    ...NODE_ESM_BUNDLE,
    packages: undefined,
    stdin: {
      contents: [
        "export { closeBrowser, launchHarness } from './test/e2e/harness/harness';",
        "export { serveFolder } from './test/e2e/harness/static-server';",
        "export { createWidgetChecker } from './electron/services/widget-checker';",
        "export { pngOf, validWidgetOnDiskFiles, writeTree } from './test/electron/services/widget-on-disk';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    // harness.ts and paths.ts find the page bridge and the built renderer from their own folder.
    define: { 'import.meta.dirname': JSON.stringify(harnessDir) },
    plugins: [
      {
        name: 'harness-packages',
        setup(builder) {
          builder.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'electron-stub' }));
          builder.onLoad({ filter: /.*/, namespace: 'electron-stub' }, () => ({ contents: ELECTRON_STUB, loader: 'js' }));
          builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path === 'electron-store' ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  await buildNodeBundles(join(work, 'bundles'), ['main/check-worker']);
  return import(pathToFileURL(outfile).href);
}

/** A JS module of a real widget: jQuery, templates, a request; every tenth one left a console.log behind. */
function scriptModule(index) {
  const debug = index % 10 === 0 ? `\n      console.log('rendered row ${index}', rows.length);` : '';
  return `define(['jquery', 'underscore', 'lib/request'], function ($, _, request) {
  'use strict';
  var ROW_CLASS = 'acme-deals__row-${index}';
  return {
    name: 'part${index}',
    render: function (rows, target) {
      var html = _.map(rows, function (row) {
        return '<div class="' + ROW_CLASS + '">' + _.escape(row.title) + '</div>';
      }).join('');
      $(target).html(html);${debug}
      return rows.length;
    },
    load: function (dealId) {
      return request.get('/api/v4/leads/' + dealId, { with: 'contacts' });
    }
  };
});
`;
}

function styleSheet(index) {
  return `.acme-deals__panel-${index} {\n  display: flex;\n  padding: 8px 12px;\n  color: #223;\n}\n.acme-deals__panel-${index} .acme-deals__title {\n  font-weight: 600;\n}\n`;
}

function template(index) {
  return `<div class="acme-deals__card acme-deals__card-${index}">\n  <h3 class="acme-deals__title">{{ title }}</h3>\n  {% for row in rows %}\n    <p class="acme-deals__text">{{ row.text }}</p>\n  {% endfor %}\n</div>\n`;
}

/**
 * A widget as large ones are: the manifest, i18n and branding images of a valid widget, then icons,
 * stylesheets, templates and JS modules in nested folders, PROJECT_FILES files in all.
 */
async function generateProject(harness) {
  const folder = join(work, 'widget-3k');
  await rm(folder, { recursive: true, force: true });
  const files = await harness.validWidgetOnDiskFiles('amocrm');
  const icon = await harness.pngOf(32, 32);
  for (let index = 0; index < 60; index++) files[`images/icons/icon-${index}.png`] = icon;
  for (let index = 0; index < 400; index++) files[`css/parts/part-${index}.css`] = styleSheet(index);
  for (let index = 0; index < 500; index++) files[`templates/group-${index % 10}/card-${index}.twig`] = template(index);
  const modules = PROJECT_FILES - Object.keys(files).length;
  for (let index = 0; index < modules; index++) files[`js/group-${Math.floor(index / 100)}/part-${index}.js`] = scriptModule(index);
  await harness.writeTree(folder, files);
  return { folder, files: Object.keys(files).length };
}

/** The first contentful paint of the page now loaded, once Chromium has recorded it. */
async function firstContentfulPaint(page) {
  const handle = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  return handle.jsonValue();
}

/** A fresh page of the start screen (new context, new settings folder), as the app shows it on start. */
async function startScreenPaint(harness, checker) {
  const app = await harness.launchHarness({ checker });
  try {
    await app.page.getByRole('button', { name: /Open folder/ }).waitFor();
    return { paint: await firstContentfulPaint(app.page), problems: app.problems.length };
  } finally {
    await app.close();
  }
}

/** The same on a static page with one line of text from the same kind of server: Chromium's floor. */
async function blankPagePaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: 'light', deviceScaleFactor: 1, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await firstContentfulPaint(page);
  } finally {
    await context.close();
  }
}

/**
 * Click "Open folder" on the start screen (the dialog answers with the folder at once) and wait, frame by
 * frame, for the report: the finding groups under the check's counts. Timed in the page.
 */
async function openProject(harness, checker, folder) {
  const app = await harness.launchHarness({ checker });
  try {
    const open = app.page.getByRole('button', { name: /Open folder/ });
    await open.waitFor();
    app.main.dialogs.openFolder.push(folder);
    const elapsed = await app.page.evaluate(
      () =>
        new Promise((resolve) => {
          const button = [...document.querySelectorAll('button.tile')].find((item) => item.textContent?.includes('Open folder'));
          const started = performance.now();
          const shown = () => document.querySelector('.toolbar .chips .chip') && document.querySelector('.finding-groups .finding-group .finding-list li');
          const frame = () => (shown() ? resolve(performance.now() - started) : requestAnimationFrame(frame));
          button.click();
          requestAnimationFrame(frame);
        }),
    );
    const groups = await app.page.locator('.finding-groups .finding-group').count();
    const rows = await app.page.locator('.finding-groups .finding-list li').count();
    return { elapsed, groups, rows, problems: [...app.problems] };
  } finally {
    await app.close();
  }
}

/** What any front end waits for: the check worker reading and checking the folder (project:open's work). */
async function workerAlone(checker, folder) {
  const started = performance.now();
  const opened = await checker.open(folder, undefined);
  return { elapsed: performance.now() - started, findings: opened.report.findings.length, files: opened.files.length };
}

export async function runAppBench({ runs, log }) {
  await mkdir(work, { recursive: true });
  log('building the renderer (vite) and the harness...');
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  const harness = await loadHarness();
  const workerFile = join(work, 'bundles', 'main', 'check-worker.js');
  const { folder, files } = await generateProject(harness);
  log(`generated a ${files}-file widget in ${folder}`);

  const staticRoot = join(work, 'static');
  await mkdir(staticRoot, { recursive: true });
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>floor</title></head><body><p>Widget Publisher</p></body></html>\n');
  const server = await harness.serveFolder(staticRoot);

  // One worker for the page's checks and one for the worker alone, each warmed by a first open not counted.
  const appChecker = harness.createWidgetChecker(workerFile);
  const aloneChecker = harness.createWidgetChecker(workerFile);
  const samples = { paint: [], blank: [], open: [], alone: [] };
  let report = null;
  try {
    const first = await harness.launchHarness({ checker: appChecker });
    const browser = first.page.context().browser();
    await first.close();
    const warm = await startScreenPaint(harness, appChecker);
    await blankPagePaint(browser, `${server.url}/index.html`);
    await openProject(harness, appChecker, folder);
    await workerAlone(aloneChecker, folder);
    if (warm.problems > 0) log(`the start screen reported ${warm.problems} page errors`);

    for (let run = 0; run < runs; run++) {
      samples.blank.push(await blankPagePaint(browser, `${server.url}/index.html`));
      samples.paint.push((await startScreenPaint(harness, appChecker)).paint);
      const alone = await workerAlone(aloneChecker, folder);
      samples.alone.push(alone.elapsed);
      const opened = await openProject(harness, appChecker, folder);
      samples.open.push(opened.elapsed);
      report = { findings: alone.findings, files: alone.files, groupsOnScreen: opened.groups, rowsOnScreen: opened.rows, pageProblems: opened.problems };
      log(
        `run ${run + 1}/${runs}: first paint ${round(samples.paint.at(-1))} ms (static page ${round(samples.blank.at(-1))} ms); ` +
          `open ${round(opened.elapsed)} ms (worker alone ${round(alone.elapsed)} ms; ${alone.findings} findings, ${opened.groups} groups and ${opened.rows} rows on screen)`,
      );
    }
  } finally {
    await harness.closeBrowser();
    await server.close();
  }

  const firstPaintMs = round(median(samples.paint));
  const blankPaintMs = round(median(samples.blank));
  const projectOpenMs = round(median(samples.open));
  const workerOpenMs = round(median(samples.alone));
  const show = (values) => `${round(median(values))} ms (${round(Math.min(...values))}-${round(Math.max(...values))})`;
  return {
    fields: { firstPaintMs, projectOpenMs },
    details: {
      firstPaint: spread(samples.paint),
      staticPagePaint: spread(samples.blank),
      projectOpen: spread(samples.open),
      workerOpen: spread(samples.alone),
      uiShareMs: round(projectOpenMs - workerOpenMs),
      project: report,
      chromium: '/usr/bin/chromium (headless, the e2e flags)',
    },
    rows: [
      {
        work: 'Start screen, first contentful paint (fresh page, Chromium)',
        ours: show(samples.paint),
        bound: `static page with one line of text: ${show(samples.blank)}`,
        ratio: ratio(firstPaintMs / Math.max(1, blankPaintMs)),
        aim: `< ${FIRST_PAINT_AIM_MS} ms`,
      },
      {
        work: `Open a ${files}-file widget: click Open folder to its report on screen (${report?.findings ?? '?'} findings)`,
        ours: show(samples.open),
        bound: `check worker alone reading and checking it: ${show(samples.alone)}`,
        ratio: ratio(projectOpenMs / Math.max(1, workerOpenMs)),
        aim: `< ${PROJECT_OPEN_AIM_MS} ms`,
      },
    ],
  };
}
