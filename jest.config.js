/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
    },
    // NestJS 12 ships ESM only; jest runs CommonJS, so swc converts both our code and @nestjs/*.
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@ap/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@ap/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const project = (displayName, roots, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  roots,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleNameMapper,
  ...extra,
});

module.exports = {
  // No forceExit: every test closes what it opens (apps, pools, the embedded server in global teardown, child
  // processes, servers), so a new leak shows as "Jest did not exit" instead of being hidden. Find one with
  // `npx jest --selectProjects int --runInBand --detectOpenHandles <file>`.
  // Starting a Nest app with its own database takes ~1 s alone but several under load on 2 cores (CI): the 5 s
  // default made hooks time out in a loaded run. (testTimeout is a global option: jest ignores it per project.)
  testTimeout: 60_000,
  projects: [
    project('unit', ['<rootDir>/libs', '<rootDir>/apps'], { testMatch: ['**/*.spec.ts'] }),
    project('int', ['<rootDir>/test'], {
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    }),
  ],
};
