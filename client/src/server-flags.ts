/**
 * Node flags the language server runs with, chosen by measurement (100 keystrokes into a 100 KB
 * draft, then the server's resident memory). A small young generation: the server allocates in
 * short bursts (one check per edit), and the default one lets resident memory grow by some 25 MB
 * for no gain in speed. An old generation that grows by half its live size between full
 * collections, not by up to four times it as V8 lets a small heap: about 160 -> 118 MB after the
 * keystrokes, for some 0.5 ms more a keystroke at the median.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=50'];
