import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { composeData, type ComposedData } from '../data/compose';
import { embeddedData } from '../data/embedded';
import { dataFilesIn, readDataFile } from '../data/load';
import type { DataError } from '../data/parse';

/**
 * The reference data the server checks against: the embedded dataset plus `.factlint/*.yaml` in
 * each workspace folder. Reloaded on demand; when a reload finds errors the good entries still
 * load and the errors are reported against their files.
 */
export class DataSource {
  private current: ComposedData;
  private folders: string[] = [];

  constructor(private readonly useEmbedded = true) {
    this.current = composeData(this.useEmbedded ? embeddedData : undefined, []);
  }

  get data(): ComposedData {
    return this.current;
  }

  setWorkspaceFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  /** Rereads every workspace data file; returns the files whose errors changed, by URI. */
  reload(): Map<string, DataError[]> {
    const before = this.errorsByUri();
    const files = this.folders.flatMap((f) => dataFilesIn(join(f, '.factlint'))).map(readDataFile);
    this.current = composeData(this.useEmbedded ? embeddedData : undefined, files);
    const after = this.errorsByUri();
    for (const uri of before.keys()) if (!after.has(uri)) after.set(uri, []);
    return after;
  }

  private errorsByUri(): Map<string, DataError[]> {
    const out = new Map<string, DataError[]>();
    for (const e of this.current.errors) {
      const uri = pathToFileURL(e.file).href;
      out.set(uri, [...(out.get(uri) ?? []), e]);
    }
    return out;
  }
}
