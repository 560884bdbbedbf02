// Architecture rules, checked by `npm run lint:arch` (first step of `npm test`, a few seconds).
// One rule per boundary, each with its reason. Cycles count everywhere, test files included (a test
// is a leaf, so it only shows up in a cycle that runs through test-support or the code it tests).
// The layer rules are about production code: tests (*.test.ts[x], renderer/src/test/) may reach
// into test-support and the core they exercise. Type-only imports count too (tsPreCompilationDeps).
const TEST = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // A cycle makes load order matter and means two modules are really one: keep the graph layered.
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      // The renderer talks to main only through the contract; documents/ is pure and renders the Word preview.
      name: 'renderer-only-contract',
      severity: 'error',
      from: { path: '^renderer/', pathNot: [TEST, '^renderer/src/test/'] },
      to: { path: '^(main|database|preload|scripts|bench|test-support)/' },
    },
    {
      // The preload is the sandboxed bridge window.leitbild.call(name, input): contract types and electron, nothing else.
      name: 'preload-only-contract-and-electron',
      severity: 'error',
      from: { path: '^preload/', pathNot: TEST },
      to: { pathNot: '^(preload|contract)/|^node_modules/electron/' },
    },
    {
      // Services are domain logic: no Electron, no transport, no dispatch, no CLI or demo, no test helpers.
      name: 'services-no-shell',
      severity: 'error',
      from: { path: '^main/services/', pathNot: TEST },
      to: { path: '^(main/(electron|server|core|cli|demo)|test-support|renderer)/|^node_modules/electron/' },
    },
    {
      // The core (dispatch, handler map, startAppCore) serves every shell and so depends on none.
      name: 'core-no-shell',
      severity: 'error',
      from: { path: '^main/core/', pathNot: TEST },
      to: { path: '^(main/(electron|server|cli|demo)|renderer|test-support)/|^node_modules/electron/' },
    },
    {
      // The shells (Electron, browser server, CLI) share the core, never each other.
      name: 'shells-independent',
      severity: 'error',
      from: { path: '^main/(electron|server|cli)/', pathNot: TEST },
      to: { path: '^main/(electron|server|cli)/', pathNot: '^main/$1/' },
    },
    {
      // The data layer is the bottom of main and knows nothing of services, shells or UI.
      name: 'database-is-bottom',
      severity: 'error',
      from: { path: '^database/', pathNot: TEST },
      to: { path: '^(main|renderer|documents|preload|test-support)/' },
    },
    {
      // The Word engine is pure (it runs in the renderer too): data in, bytes out.
      name: 'documents-pure',
      severity: 'error',
      from: { path: '^documents/', pathNot: TEST },
      to: { path: '^(main|renderer|database|preload|test-support)/' },
    },
    {
      // The contract is shared by every side, so it depends on zod and itself only.
      name: 'contract-only-zod',
      severity: 'error',
      from: { path: '^contract/', pathNot: TEST },
      to: { pathNot: '^contract/|^node_modules/zod/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|node_modules|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    cache: false,
  },
};
