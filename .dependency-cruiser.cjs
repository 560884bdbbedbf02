// Architecture rules, checked by `npm run lint:arch` (first step of `npm test`, a few seconds).
// One rule per boundary, each with its reason. Cycles count everywhere, test files included (a test
// is a leaf, so it only shows up in a cycle that runs through test-support or the code it tests).
// The layer rules are about production code: tests (*.test.ts[x], renderer/src/test/) may reach
// into test-support and the core they exercise. Type-only imports count too (tsPreCompilationDeps).
const TEST = '\\.test\\.tsx?$';
// Contract modules without zod: constants and plain functions the renderer may load at run time.
const ZOD_FREE_CONTRACT = '^contract/(lifecycle|body-genitive|meetings/kinds|(meetings/)?[a-z-]+-constants)\\.ts$';

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
    {
      // zod is ~170 kB of the start bundle and the renderer validates nothing with it (main answers
      // with field errors): the renderer and the Word engine it runs take values from zod-free
      // contract modules only; types may come from anywhere (they vanish in the build).
      name: 'renderer-no-zod',
      severity: 'error',
      from: { path: '^(renderer|documents)/', pathNot: [TEST, '^renderer/src/test/', '^documents/testing/'] },
      to: { path: ['^contract/', '(^|/)node_modules/zod/'], pathNot: ZOD_FREE_CONTRACT, dependencyTypesNot: ['type-only'] },
    },
    {
      // A zod-free contract module stays so: at run time it loads only other zod-free modules.
      name: 'zod-free-contract-stays-free',
      severity: 'error',
      from: { path: ZOD_FREE_CONTRACT },
      to: { pathNot: ZOD_FREE_CONTRACT, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stays in the graph (not followed) so rules can name packages such as zod.
    exclude: { path: '^(dist|release|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    cache: false,
  },
};
