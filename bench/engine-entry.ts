// What the benchmark needs from factlint, bundled by bench/run.mjs (not part of the product build).
export { composeData } from '../server/src/data/compose';
export { embeddedData } from '../server/src/data/embedded';
export { checkDocument, describeFactSubject, describeValue } from '../server/src/engine/index';
export { ReferenceIndex } from '../server/src/engine/reference/index';
export { SERVER_NODE_FLAGS } from '../client/src/server-flags';
