/**
 * Node flags the language server runs with. A small young generation: the server allocates in
 * short bursts (one check per edit), and the default young generation lets resident memory grow
 * by some 25 MB for no gain in speed (measured with `npm run bench`).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];
