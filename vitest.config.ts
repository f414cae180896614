import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// CI (.ci/run) collects a JSON report of every run to print its "N passed, N failed" line.
const reportDir = process.env.GIGLENS_TEST_REPORT;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/${process.pid}-${Date.now()}.json` } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // Saved pages link the sites' CSS, scripts and ad iframes: never load any of them.
          environmentOptions: {
            happyDOM: {
              settings: {
                disableCSSFileLoading: true,
                disableIframePageLoading: true,
                disableJavaScriptFileLoading: true,
                disableJavaScriptEvaluation: true,
                handleDisabledFileLoadingAsSuccess: true,
              },
            },
          },
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Firefox at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
