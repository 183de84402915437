import { startTestApp } from '../helpers/startTestApp.js';

describe('createApp lifecycle', () => {
  it('logs where it listens, refuses a taken port cleanly, and stops idempotently', async () => {
    const app = await startTestApp();
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(app.logs()).toContainEqual(
      expect.objectContaining({ msg: 'listening', url: app.url, service: 'courts' }),
    );

    const port = Number(new URL(app.url).port);
    await expect(startTestApp({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });

    await Promise.all([app.stop(), app.stop()]);
    await app.stop();
    await expect(fetch(`${app.url}/health/live`)).rejects.toThrow();
  });
});
