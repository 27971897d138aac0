import { describe, expect, it } from 'vitest';
import { textDescriptionLengthRule } from '../../../../shared/rules/text/description-length';
import { textNameLengthRule } from '../../../../shared/rules/text/name-length';
import { textTeaserLengthRule } from '../../../../shared/rules/text/teaser-length';
import { visibleLength } from '../../../../shared/text/visible-length';
import { validManifest, validSnapshot } from '../../../helpers/widget-fixture';
import { findingsOf, withWidgetTexts } from './text-test-helpers';
import { said } from '../../../helpers/finding-text';

describe('text/name-length', () => {
  it('reports a 31-character name with locale, file, line, count and limit', () => {
    const findings = findingsOf(textNameLengthRule, withWidgetTexts('en', { name: 'Deals to Telegram via Acme Corp' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/en.json', locale: 'en', line: 3, severity: 'error' });
    expect(findings[0].message).toContain('is 31 characters long');
    expect(findings[0].message).toContain('at most 30');
    expect(findings[0].actions).toEqual([{ kind: 'edit-in-step', step: 'texts', field: 'name' }]);
  });

  it('checks every locale separately', () => {
    const findings = findingsOf(textNameLengthRule, withWidgetTexts('ru', { name: 'Уведомления о сделках via Acme Corp' }));
    expect(findings.map((finding) => finding.locale)).toEqual(['ru']);
  });

  it('passes a 30-character name whose accents are written as combining marks', () => {
    const name = 'Negócios Rápidos via Açaí Ltda'.normalize('NFD');
    expect(name.length).toBeGreaterThan(30);
    expect(visibleLength(name)).toBe(30);
    expect(findingsOf(textNameLengthRule, withWidgetTexts('en', { name }))).toEqual([]);
  });

  it('passes names with emoji and Cyrillic that are short as a person sees them', () => {
    expect(findingsOf(textNameLengthRule, withWidgetTexts('en', { name: '🚀👍🏽 Deals to Telegram via Acme' }))).toEqual([]);
    expect(findingsOf(textNameLengthRule, withWidgetTexts('ru', { name: 'Сделки и задачи в Telegram via Acme'.slice(0, 30) }))).toEqual([]);
  });

  it('checks a literal name written in manifest.json once, for every locale', () => {
    const manifest = validManifest();
    (manifest.widget as Record<string, unknown>).name = 'A very long literal widget name via Acme';
    const findings = findingsOf(textNameLengthRule, validSnapshot('amocrm', { 'manifest.json': manifest }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'manifest.json', locale: null });
    expect(findings[0].message).toContain('in every locale');
  });

  it('leaves a key that resolves nowhere to manifest/i18n-ref', () => {
    const manifest = validManifest();
    (manifest.widget as Record<string, unknown>).name = 'widget.title';
    expect(findingsOf(textNameLengthRule, validSnapshot('amocrm', { 'manifest.json': manifest }))).toEqual([]);
  });

  it('passes the valid widgets of both platforms', () => {
    expect(findingsOf(textNameLengthRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(textNameLengthRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });
});

describe('text/teaser-length', () => {
  it('reports a 61-character teaser', () => {
    const teaser = 'Get alerts about every new deal in your Telegram chat, fast!!';
    expect(teaser.length).toBe(61);
    const findings = findingsOf(textTeaserLengthRule, withWidgetTexts('es', { short_description: teaser }, 'kommo'), 'kommo');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ locale: 'es', file: 'i18n/es.json' });
    expect(findings[0].message).toContain('teaser (short_description)');
    expect(findings[0].message).toContain('61 characters');
    expect(findings[0].message).toContain('at most 60');
  });

  it('counts &amp; as one character and does not count tags', () => {
    const teaser = '<b>Sales &amp; support</b> alerts in Telegram for your whole team';
    expect(visibleLength(teaser)).toBeLessThanOrEqual(60);
    expect(teaser.length).toBeGreaterThan(60);
    expect(findingsOf(textTeaserLengthRule, withWidgetTexts('en', { short_description: teaser }))).toEqual([]);
  });
});

describe('text/description-length', () => {
  const paragraph = 'The widget sends alerts about new deals in the #SUBDOMAIN# account to your Telegram chat. ';

  it('reports a description over 400 characters with the count', () => {
    const description = paragraph.repeat(5);
    const findings = findingsOf(textDescriptionLengthRule, withWidgetTexts('en', { description }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`${visibleLength(description)} characters`);
    expect(findings[0].message).toContain('at most 400');
  });

  it('passes an HTML description whose visible text fits, even when its markup does not', () => {
    const description = `<p>${paragraph.trim()}</p><ul><li><b>Fast</b> &amp; simple</li><li><a href="https://acme-widgets.io/docs/getting-started/telegram">Docs</a></li></ul>`.repeat(3);
    expect(description.length).toBeGreaterThan(400);
    expect(visibleLength(description)).toBeLessThanOrEqual(400);
    expect(findingsOf(textDescriptionLengthRule, withWidgetTexts('en', { description }))).toEqual([]);
  });

  it('mentions that tags were not counted when the text has markup', () => {
    const description = `<p>${paragraph.repeat(5)}</p>`;
    expect(said(findingsOf(textDescriptionLengthRule, withWidgetTexts('en', { description }))[0])).toContain('HTML tags removed');
  });
});
