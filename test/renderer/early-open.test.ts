import { afterEach, describe, expect, it, vi } from 'vitest';

const openProject = vi.fn();
vi.mock('../../renderer/src/app/api', () => ({ getApi: () => ({ openProject }) }));

const { startOpening, takeStartedOpening } = await import('../../renderer/src/app/early-open');

afterEach(() => {
  openProject.mockReset();
  vi.useRealTimers();
});

describe('the check of a chosen project starts before its screen has loaded', () => {
  it('starts the check once when the folder is chosen and gives its ticket to the first check only', async () => {
    openProject.mockResolvedValue({ jobId: 'job-1' });
    startOpening('/widgets/deals');
    expect(openProject).toHaveBeenCalledExactlyOnceWith('/widgets/deals', {});
    await expect(takeStartedOpening('/widgets/deals')).resolves.toEqual({ jobId: 'job-1' });
    expect(takeStartedOpening('/widgets/deals')).toBeUndefined();
    expect(takeStartedOpening('/widgets/other')).toBeUndefined();
  });

  it('gives a later choice of the same folder its own, newer check', async () => {
    openProject.mockResolvedValueOnce({ jobId: 'old' }).mockResolvedValueOnce({ jobId: 'new' });
    startOpening('/widgets/deals');
    startOpening('/widgets/deals');
    await expect(takeStartedOpening('/widgets/deals')).resolves.toEqual({ jobId: 'new' });
  });

  it('does not hand out a ticket started long before the screen asked for it', () => {
    vi.useFakeTimers();
    openProject.mockResolvedValue({ jobId: 'job-1' });
    startOpening('/widgets/deals');
    vi.advanceTimersByTime(6_000);
    expect(takeStartedOpening('/widgets/deals')).toBeUndefined();
  });

  it('keeps a refused start from surfacing as an unhandled rejection, and still reports it to whoever takes it', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      openProject.mockRejectedValue(new Error('The folder does not exist'));
      startOpening('/gone');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(takeStartedOpening('/gone')).rejects.toThrow('The folder does not exist');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
