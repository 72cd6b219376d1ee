import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {alias: {'@site': path.resolve(__dirname)}},
  test: {
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
