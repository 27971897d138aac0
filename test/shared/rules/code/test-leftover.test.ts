import { describe, expect, it } from 'vitest';
import { testLeftoverRule } from '../../../../shared/rules/code/test-leftover';
import { runRule, widgetScript } from './run-rule';

const run = (files: Record<string, string>) => runRule(testLeftoverRule, files);

describe('code/test-leftover', () => {
  it('passes the valid widget and real addresses, texts and comments', () => {
    expect(runRule(testLeftoverRule, {})).toEqual([]);
    const script = widgetScript(`
    // Retry once: the API answers 429 under load.
    var API = 'https://api.acme-widgets.io/v1/deals?limit=50';
    this.caption = 'Deals to Telegram';
    this.todos = 'todo list for every deal'; // lower case "todo" is a word (es/pt "all")
`);
    expect(run({ 'script.js': script, 'templates/panel.twig': '<div class="acme">{{ lang.caption }}</div>' })).toEqual([]);
  });

  it('reports development addresses, placeholder hosts and secrets in URLs as errors at their position', () => {
    const script = widgetScript(`
    var DEV = false;
    var base = DEV ? 'http://localhost:8080/widget/script.js' : 'https://cdn.acme-widgets.io/script.js';
    var api = 'https://yourUrl.ru/amocrm/hook.php';
    var feed = 'https://api.acme-widgets.io/feed?token=9f8a7b6c5d4e3f21';
`);
    const findings = run({ 'script.js': script });
    expect(findings.map((finding) => [finding.line, finding.severity, finding.message])).toEqual([
      [6, 'error', 'script.js:6 holds a development address "http://localhost:8080/widget/script.js".'],
      [7, 'error', 'script.js:7 holds a placeholder address "https://yourUrl.ru/amocrm/hook.php".'],
      [8, 'error', 'script.js:8 holds a secret in an address "?token=9f8a7b6c5d4e3f21…".'],
    ]);
    expect(findings[0].help?.en).toContain('localhost');
    expect(findings[0].messageRu).toContain('адрес разработки');
  });

  it('reports tunnels and private network addresses as development addresses too, and not public hosts that resemble them', () => {
    const script = widgetScript(`
    var hook = 'https://4f2a-91-77.ngrok-free.app/amo/hook';
    var lan = '//192.168.1.20:3000/widget.js';
    var fine = ['https://local-news.example.io/feed', 'https://api.10times.com/v1', 'https://localhostel.com/'];
`);
    expect(run({ 'script.js': script }).map((finding) => [finding.line, finding.message])).toEqual([
      [5, 'script.js:5 holds a development address "https://4f2a-91-77.ngrok-free.app/amo/hook".'],
      [6, 'script.js:6 holds a development address "//192.168.1.20:3000/widget.js".'],
    ]);
  });

  it('finds addresses in any letter case, inside longer texts and templates; each string is read on its own', () => {
    const script = widgetScript(`
    var a = 'Open HTTP://LOCALHOST:3000/app to test';
    var b = \`https://\${host}.EXAMPLE.COM/hook\`;
    var c = 'https://api.acme-widgets.io/x?API_KEY=' + 'a1b2c3d4e5f6';
    var d = 'https://Your-Domain.ru/amo';
    var e = '//' + 'localhost/app';
`);
    expect(run({ 'script.js': script }).map((finding) => [finding.line, finding.message])).toEqual([
      [5, 'script.js:5 holds a development address "HTTP://LOCALHOST:3000/app".'],
      [6, 'script.js:6 holds a placeholder address "EXAMPLE.COM/hook".'],
      [8, 'script.js:8 holds a placeholder address "https://Your-Domain.ru/amo".'],
    ]);
  });

  it('reports filler UI texts in code and templates, and TODO comments once a file', () => {
    const script = widgetScript(`
    // TODO: handle errors
    this.caption = 'This is the caption';
    /* FIXME later */
`);
    const findings = run({ 'script.js': script, 'templates/modal.twig': '<div>\n  <p>Lorem ipsum dolor sit amet</p>\n</div>' });
    expect(findings.map((finding) => [finding.file, finding.line, finding.severity, finding.message])).toEqual([
      ['script.js', 5, 'warning', 'TODO comment at script.js:5 (2 such comments in this file).'],
      ['script.js', 6, 'warning', 'script.js:6 holds placeholder text "This is the caption".'],
      ['templates/modal.twig', 2, 'warning', 'templates/modal.twig:2 holds placeholder text "Lorem ipsum".'],
    ]);
  });
});
