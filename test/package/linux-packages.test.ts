import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the Linux installers do at install and start, read from electron-builder.yml and the installed
 * electron-builder (a .deb cannot be built here: electron-builder downloads fpm for it). Ubuntu 23.10+
 * lets the Chromium sandbox use user namespaces only under an AppArmor profile, which the deb installs
 * and an AppImage cannot; the app must never start without the sandbox instead.
 */
const ROOT = resolve(__dirname, '../..');
const builderRoot = join(createRequire(join(ROOT, 'package.json')).resolve('app-builder-lib/package.json'), '..');
const builderRequire = createRequire(join(builderRoot, 'package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };

interface LinuxSection {
  target?: (string | { target: string })[];
  executableArgs?: string[];
  afterInstall?: string;
  appArmorProfile?: string;
}
interface BuilderConfig {
  productName: string;
  executableName: string;
  linux: LinuxSection;
  deb?: LinuxSection;
  appImage?: LinuxSection;
}

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { productName?: string };

/** electron-builder's deb options: the deb section over the linux one, its own template when none is set. */
function debScript(key: 'afterInstall' | 'appArmorProfile', template: string): string {
  const custom = config.deb?.[key] ?? config.linux[key];
  return readFileSync(custom ? join(ROOT, custom) : join(builderRoot, 'templates', 'linux', template), 'utf8');
}

/** The template filled as electron-builder fills it (FpmTarget: executable, sanitizedProductName). */
function render(template: string): string {
  const values: Record<string, string> = { executable: config.executableName, sanitizedProductName: config.productName };
  return template.replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|mjs|js|cjs)$/.test(name) ? [path] : [];
  });
}

describe('the Linux packages', () => {
  it('ship the deb first and the AppImage second', () => {
    const targets = (config.linux.target ?? []).map((target) => (typeof target === 'string' ? target : target.target));
    expect(targets).toEqual(['deb', 'AppImage']);
  });

  it('carry the product name the menus and the install folder use', () => {
    expect(config.productName).toBe('Widget Publisher');
    expect(packageJson.productName).toBe('Widget Publisher');
    expect(config.executableName).toBe('widget-publisher');
  });

  it('install, with the deb, an AppArmor profile that lets the installed binary use user namespaces', () => {
    const afterInstall = render(debScript('afterInstall', 'after-install.tpl'));
    expect(afterInstall).toContain("APPARMOR_PROFILE_SOURCE='/opt/Widget Publisher/resources/apparmor-profile'");
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/widget-publisher'");
    expect(afterInstall).toMatch(/cp -f "\$APPARMOR_PROFILE_SOURCE" "\$APPARMOR_PROFILE_TARGET"/);
    expect(afterInstall).toMatch(/apparmor_parser --replace [^\n]*"\$APPARMOR_PROFILE_TARGET"/);

    const profile = render(debScript('appArmorProfile', 'apparmor-profile.tpl'));
    expect(profile).toMatch(/^profile "widget-publisher" "\/opt\/Widget Publisher\/widget-publisher"/m);
    expect(profile).toMatch(/^\s*userns,$/m);
    // The deb target is what puts the profile where the script looks for it.
    const fpmTarget = readFileSync(join(builderRoot, 'out', 'targets', 'FpmTarget.js'), 'utf8');
    expect(fpmTarget).toMatch(/copyFile\)\(scripts\.appArmor, path\.join\(resourceDir, "apparmor-profile"\)\)/);
  });

  it('never start the app without the Chromium sandbox', () => {
    for (const section of [config.linux, config.deb, config.appImage]) {
      expect(section?.executableArgs ?? []).not.toContain('--no-sandbox');
    }
    const turnsSandboxOff = /no-sandbox|disable-setuid-sandbox|sandbox:\s*false|ELECTRON_DISABLE_SANDBOX/;
    const offenders = sourceFiles(join(ROOT, 'electron')).filter((file) => turnsSandboxOff.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
