import fc from 'fast-check';

/**
 * Property tests replay one fixed seed, so that a run of `npm test` is repeatable and CI never turns red by chance.
 * `FUZZ_SEED=random npm test` explores new inputs; `FUZZ_SEED=<n>` replays a seed a failure printed.
 */
const requested = process.env['FUZZ_SEED'];
if (requested !== 'random') fc.configureGlobal({ seed: requested === undefined ? 20_261_123 : Number(requested) });
