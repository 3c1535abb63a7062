import { fileURLToPath, pathToFileURL } from 'node:url';
import { composeData, type ComposedData } from '../data/compose';
import { embeddedData } from '../data/embedded';
import { readDataFile, workspaceDataFiles } from '../data/load';
import type { DataError, ParsedFile } from '../data/parse';

/**
 * The reference data the server checks against: the embedded dataset (unless turned off) plus
 * `.factlint/*.yaml` in each workspace folder and the files a setting names. A file that breaks
 * keeps serving its last good version while its errors are reported in it.
 */
export class DataSource {
  /**
   * composed on first use, or by the first reload: the server reloads as it starts, so once, not
   * twice
   */
  private current?: ComposedData;
  private folders: string[] = [];
  private extra: string[] = [];
  private readonly lastGood = new Map<string, ParsedFile>();
  private reported = new Set<string>();

  get data(): ComposedData {
    return (this.current ??= composeData(embeddedData, []));
  }

  setWorkspaceFolders(uris: string[]): void {
    this.folders = [
      ...new Set(uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u))),
    ];
  }

  /** Whether a changed file is one the data comes from. */
  isDataFile(uri: string): boolean {
    return (
      /\.factlint\/[^/]+\.(?:ya?ml|json)$/i.test(uri) ||
      this.files().some((f) => pathToFileURL(f).href === uri)
    );
  }

  /** Rereads every data file. Returns, by URI, the errors of each file that has or had some. */
  reload(options: { dataFiles: string[]; useEmbeddedData: boolean }): Map<string, DataError[]> {
    this.extra = options.dataFiles;
    const parsed = this.files().map((file) => {
      const fresh = readDataFile(file);
      if (fresh.errors.length === 0) {
        this.lastGood.set(file, fresh);
        return { serving: fresh, errors: [] as DataError[] };
      }
      const good = this.lastGood.get(file);
      return { serving: good ?? fresh, errors: fresh.errors };
    });
    this.current = composeData(
      options.useEmbeddedData ? embeddedData : undefined,
      parsed.map((p) => p.serving),
    );
    const errors = new Map<string, DataError[]>();
    // a broken file's own errors, and cross-file errors of what is serving now
    for (const e of [...parsed.flatMap((p) => p.errors), ...this.current.errors]) {
      const uri = pathToFileURL(e.file).href;
      const list = errors.get(uri) ?? [];
      if (!list.some((x) => x.line === e.line && x.column === e.column && x.message === e.message))
        list.push(e);
      errors.set(uri, list);
    }
    for (const uri of this.reported) if (!errors.has(uri)) errors.set(uri, []);
    this.reported = new Set([...errors].filter(([, list]) => list.length > 0).map(([uri]) => uri));
    return errors;
  }

  private files(): string[] {
    return workspaceDataFiles(this.folders, this.extra);
  }
}
