import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Component tests in jsdom; the real-browser tests live in e2e/ and drive Chromium. */
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
