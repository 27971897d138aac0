import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, SECURE_WEB_PREFERENCES } from '../../../electron/main/security';

describe('security settings', () => {
  it('follows the Electron checklist for every window', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('lets only plain https links leave the app', () => {
    expect(isSafeExternalUrl('https://www.amocrm.com/developers/content/integrations/marketplace-checklist')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'https://user:secret@example.com', 'https:', '']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});
