import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeGo } from './test/fakeGo';
import type { Route } from './routing';
import { useWelcome } from './welcome';

const home: Route = { page: 'home' };

describe('useWelcome', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('opens the workshop Go names, asking once', async () => {
    const app = installFakeGo({
      Settings: { TakeWelcome: () => ({ client_id: 'c1', workshop_id: 'w2' }) },
    });
    const navigate = vi.fn();
    const { rerender } = renderHook(({ r }) => useWelcome(r, navigate), {
      initialProps: { r: home as Route },
    });
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith({
        page: 'workshop',
        clientId: 'c1',
        workshopId: 'w2',
        tab: 'assessment',
      }),
    );
    rerender({ r: { page: 'client', clientId: 'c1' } });
    rerender({ r: home });
    expect(app.Settings?.TakeWelcome).toHaveBeenCalledTimes(1);
  });

  it('stays on the client list when there is nothing to open', async () => {
    const app = installFakeGo({
      Settings: { TakeWelcome: () => ({ client_id: '', workshop_id: '' }) },
    });
    const navigate = vi.fn();
    renderHook(() => useWelcome(home, navigate));
    await waitFor(() => expect(app.Settings?.TakeWelcome).toHaveBeenCalled());
    await Promise.resolve();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves a deep link alone and keeps the welcome for later', () => {
    const app = installFakeGo({
      Settings: { TakeWelcome: () => ({ client_id: 'c1', workshop_id: 'w2' }) },
    });
    const navigate = vi.fn();
    renderHook(() => useWelcome({ page: 'backups' }, navigate));
    expect(app.Settings?.TakeWelcome).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });
});
