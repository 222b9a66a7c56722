// `npm run lint:cycles`: no import cycles in src/, type-only imports included (a type-only cycle means a
// type lives in the wrong file). See https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules depend on each other in a cycle: move the shared piece (often a type or a constant) into its own module.',
      from: {path: '^src/'},
      to: {circular: true}
    }
  ],
  options: {
    doNotFollow: {path: ['node_modules']},
    exclude: {path: ['^src/generated/']},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {extensions: ['.ts', '.js', '.mjs', '.json']}
  }
}
