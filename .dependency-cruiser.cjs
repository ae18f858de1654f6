// The layering the code keeps (checked in npm test): content → schemas → lib → data → components → layouts → pages.
// Each rule names what may not import what, and why, in its comment.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle blurs which module stands on which; move the shared part to a lower module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-stands-alone',
      comment: 'src/lib is plain TypeScript that scripts and tests run outside Astro: it imports no components, layouts, pages or data queries.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|layouts|pages|data)/' },
    },
    {
      name: 'lib-without-astro-runtime',
      comment: "src/lib may use zod from astro/zod, but not Astro's runtime (astro:content and the like), so it runs in Node alone.",
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^astro:' },
    },
    {
      name: 'data-below-components',
      comment: 'src/data answers queries; it never reaches up to what renders.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
    {
      name: 'components-below-layouts',
      comment: 'Components render what they are given; layouts and pages compose them, not the other way round.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/(layouts|pages)/' },
    },
    {
      name: 'layouts-below-pages',
      comment: 'Layouts wrap pages and never import a page.',
      severity: 'error',
      from: { path: '^src/layouts/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'scripts-not-from-pages',
      comment: 'Build scripts use src/lib, never the Astro pages or components.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // .astro files are read for their imports like TypeScript.
    extraExtensionsToScan: ['.astro'],
    exclude: { path: '^(dist|dist-example|node_modules|\\.astro)/' },
  },
};
