/**
 * The architecture, checked: which folder may depend on which. `npm run boundaries` runs these
 * rules over every production file; CI fails on any violation.
 */
const DOMAIN_CORES = [
  '^subgraphs/customer/matching/',
  '^subgraphs/contract/revrec/',
  '^subgraphs/quality/validators/',
  '^subgraphs/audit/chain/',
  '^policies/masking/',
  '^lib/taxids/',
];

module.exports = {
  forbidden: [
    {
      name: 'subgraph-to-gateway',
      comment: 'Subgraphs and their kit run without the gateway; they learn what they need from requests.',
      severity: 'error',
      from: { path: '^subgraphs/' },
      to: { path: '^gateway/' },
    },
    {
      name: 'gateway-to-subgraph',
      comment: 'The gateway reaches subgraphs over HTTP only; the process that starts both lives outside both.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^subgraphs/' },
    },
    {
      name: 'subgraph-to-other-subgraph',
      comment: 'A subgraph asks another over HTTP; shared code goes to subgraphs/kit or lib.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/', pathNot: '^subgraphs/kit/' },
      to: { path: '^subgraphs/[^/]+/', pathNot: ['^subgraphs/$1/', '^subgraphs/kit/'] },
    },
    {
      name: 'kit-to-a-subgraph',
      comment: 'The kit serves all four subgraphs and knows none of them.',
      severity: 'error',
      from: { path: '^subgraphs/kit/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/kit/' },
    },
    {
      name: 'domain-core-to-transport',
      comment:
        'Matching, revenue recognition, validators, masks and the audit chain are plain functions over plain data.',
      severity: 'error',
      from: { path: DOMAIN_CORES },
      to: {
        reachable: true,
        path: ['node_modules/(graphql|@apollo|@mikro-orm|graphql-shield|graphql-middleware|dataloader|knex|pg)/'],
      },
    },
    {
      name: 'domain-core-to-network',
      comment: 'A domain core does no I/O over the network.',
      severity: 'error',
      from: { path: DOMAIN_CORES },
      to: { reachable: true, path: '^(node:)?(http|https|http2|net|tls|dgram)$' },
    },
    {
      name: 'policies-to-subgraph-or-gateway',
      comment: 'The policy is data the gateway and every subgraph read; it knows neither.',
      severity: 'error',
      from: { path: '^policies/' },
      to: { path: '^(subgraphs|gateway|schema)/' },
    },
    {
      name: 'lib-upwards',
      comment: 'lib/ is the bottom layer: it imports nothing above it.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(gateway|subgraphs|policies|schema|bin)/' },
    },
    {
      name: 'composition-at-run-time',
      comment: 'Composing the supergraph is a build-time step (npm run compose); services only read its output.',
      severity: 'error',
      from: { path: '^(subgraphs|policies|lib)/' },
      to: { reachable: true, path: 'node_modules/@apollo/composition/' },
    },
    {
      name: 'production-to-demo',
      comment: 'Demo data generators are for seeding a development database, not for production code paths.',
      severity: 'error',
      from: {
        path: '^(gateway|subgraphs|policies|lib)/',
        pathNot: ['^lib/demo/', '/seed\\.ts$', '/synthetic\\.ts$', '/demo[A-Z][^/]*\\.ts$'],
      },
      to: { path: '^lib/demo/' },
    },
    {
      name: 'production-to-test',
      comment: 'Nothing in production imports test code.',
      severity: 'error',
      from: { path: '^(bin|gateway|subgraphs|policies|lib|schema)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|\\.build)/' },
  },
};
