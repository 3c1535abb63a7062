import type { Dataset } from '../engine/reference/types';
// Resolved by esbuild.mjs to the dataset compiled from reference-data/ at build time.
import compiled from 'factlint:embedded-data';

/** The reference data shipped inside the bundle, parsed once from JSON (never from YAML). */
export const embeddedData: Dataset = compiled as Dataset;
