import {defineConfig} from 'vitest/config';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export default defineConfig({
  resolve: {alias: {'@site': path.dirname(fileURLToPath(import.meta.url))}},
  test: {
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
