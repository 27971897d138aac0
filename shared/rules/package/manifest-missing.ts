import { MANIFEST_PATH } from '../../check/rule-context';
import { defineRule, SOURCES } from '../rule';
import { archiveWasRefused, fileWithOtherCase, filesNamedDeeper } from './find-file';

export const manifestMissingRule = defineRule({
  id: 'package/manifest-missing',
  defaultSeverity: 'error',
  summary: 'manifest.json must sit at the root of the widget.',
  docs:
    'manifest.json describes the widget (name, locales, locations, settings) and is the one file the platform reads first: ' +
    'without it at the root of widget.zip the upload is refused. The structure page marks it "обязательный файл". ' +
    'Fix: put manifest.json at the top of the widget folder (exactly that name, lower case). When it sits in a subfolder, ' +
    'check and pack that subfolder instead.',
  sources: [
    SOURCES.structure('Table of files: manifest.json (обязательный файл)'),
    SOURCES.kommoManifest('manifest.json: "The only required file when creating the widget"'),
  ],
  check(context, report) {
    if (context.file(MANIFEST_PATH) || archiveWasRefused(context.snapshot)) return;
    const otherCase = fileWithOtherCase(context.snapshot, MANIFEST_PATH);
    const deeper = filesNamedDeeper(context.snapshot, MANIFEST_PATH);
    let hint = 'Create manifest.json at the root of the widget (`widget-publisher init` writes a valid one).';
    if (otherCase) {
      hint = `There is "${otherCase}": file names are case-sensitive on the platform, rename it to manifest.json.`;
    } else if (deeper.length > 0) {
      const folder = deeper[0].slice(0, -`/${MANIFEST_PATH}`.length);
      hint =
        `Found ${deeper[0]}: if that is the widget, check and pack the folder "${folder}" so its files sit at the root of the zip ` +
        '(the checks of script.js, i18n/ and images/ at the root are skipped until then).';
    }
    report({ message: `manifest.json is missing at the root of the widget; the platform refuses the upload without it. ${hint}`, file: MANIFEST_PATH });
  },
});
