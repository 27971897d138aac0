import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

async function lint(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('the lint rule that keeps IPC behind the contract', () => {
  it('flags ipcMain and ipcRenderer outside the handle() wrapper and the preload', async () => {
    const rogue = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect(await lint(rogue, 'electron/main/handlers/rogue.ts')).toContain('no-restricted-imports');
    const viaNamespace = "import * as electron from 'electron';\nexport const send = electron.ipcRenderer;\n";
    expect(await lint(viaNamespace, 'renderer/src/rogue.ts')).toContain('no-restricted-syntax');
  });

  it('allows them where the contract is enforced', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const main = ipcMain;\n";
    expect(await lint(code, 'electron/main/ipc-handle.ts')).not.toContain('no-restricted-imports');
    const preload = "import { ipcRenderer } from 'electron';\nexport const renderer = ipcRenderer;\n";
    expect(await lint(preload, 'electron/preload/index.ts')).not.toContain('no-restricted-imports');
  }, 60_000);
});
