import { describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../../shared/config/widget-config';
import { describeError, ForbiddenError, InvalidArgumentsError } from '../../../electron/main/error-info';
import { UserError } from '../../../electron/services/user-error';

describe('describeError', () => {
  it('keeps the message of a problem the user can fix, with where it is', () => {
    expect(describeError(new UserError('Nothing found at /x.', '/x'))).toEqual({ kind: 'user', message: 'Nothing found at /x.', file: '/x', line: null });
    expect(describeError(new ConfigError('widget-publisher.json:3:5: bad', 'widget-publisher.json', 3, 5))).toEqual({
      kind: 'config',
      message: 'widget-publisher.json:3:5: bad',
      file: 'widget-publisher.json',
      line: 3,
    });
    expect(describeError(new ForbiddenError('no')).kind).toBe('forbidden');
    expect(describeError(new InvalidArgumentsError('x:y', 'argument 0: bad')).message).toBe('Invalid arguments for x:y: argument 0: bad.');
  });

  it('explains file system errors in words', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/w/widget.zip' });
    expect(describeError(missing)).toMatchObject({ kind: 'not-found', file: '/w/widget.zip' });
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/w' });
    expect(describeError(denied).message).toContain('permissions');
  });

  it('logs a bug but shows no stack trace', () => {
    const log = vi.fn();
    const info = describeError(new TypeError('x is undefined'), log);
    expect(info.kind).toBe('internal');
    expect(info.message).toContain('x is undefined');
    expect(info.message).not.toContain(' at ');
    expect(log).toHaveBeenCalled();
  });
});
