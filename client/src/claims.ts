import {
  DecorationRangeBehavior,
  EventEmitter,
  MarkdownString,
  Range,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  window,
  type Event,
  type TextEditor,
  type TextEditorDecorationType,
  type TreeDataProvider,
} from 'vscode';

/**
 * The client's side of the fact-check report: the shapes the server sends (its definition is
 * server/src/lsp/claims.ts; the client holds no server code, so they are repeated here), the
 * "Fact check" view, and the subtle mark on figures that match.
 */
export type ClaimStatus = 'match' | 'wrong' | 'outdated' | 'no-data' | 'unsure';

interface Position {
  line: number;
  character: number;
}

export interface LspClaim {
  range: { start: Position; end: Position };
  text: string;
  kind: 'figure' | 'role' | 'name';
  status: ClaimStatus;
  reference?: string;
  asOf?: string;
  source?: { title: string; url: string };
  why?: string;
}

/** `factlint/checked`: a document's claim counts after a check. */
export interface Checked {
  uri: string;
  version: number;
  summary: Record<ClaimStatus, number>;
  line: string;
}

/** `factlint/claims`: the claims of the check a document shows. */
export interface ClaimsReport extends Checked {
  claims: LspClaim[];
}

/** The groups of the view, in order: what needs the writer first. */
const GROUPS: { status: ClaimStatus; label: string; icon: string; color?: string }[] = [
  { status: 'wrong', label: 'Wrong', icon: 'error', color: 'problemsErrorIcon.foreground' },
  {
    status: 'outdated',
    label: 'Out of date',
    icon: 'warning',
    color: 'problemsWarningIcon.foreground',
  },
  { status: 'unsure', label: 'Not judged', icon: 'question' },
  { status: 'no-data', label: 'Not in the data', icon: 'circle-outline' },
  { status: 'match', label: 'Match', icon: 'pass', color: 'testing.iconPassed' },
];

export const REVEAL_CLAIM = 'factlint.revealClaim';

type Node =
  { group: (typeof GROUPS)[number]; claims: LspClaim[] } | { claim: LspClaim; uri: string };

/**
 * The "Fact check" view: the active document's claims grouped by status; a claim reveals its place.
 */
export class ClaimsView implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData: Event<Node | undefined> = this.changed.event;
  private report: ClaimsReport | undefined;

  show(report: ClaimsReport | undefined): void {
    this.report = report;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const report = this.report;
    if (!report) return [];
    if (!node) {
      return GROUPS.map((group) => ({
        group,
        claims: report.claims.filter((c) => c.status === group.status),
      })).filter((g) => g.claims.length > 0);
    }
    return 'group' in node ? node.claims.map((claim) => ({ claim, uri: report.uri })) : [];
  }

  getTreeItem(node: Node): TreeItem {
    if ('group' in node) {
      const { group, claims } = node;
      const item = new TreeItem(
        group.label,
        group.status === 'match' || group.status === 'no-data'
          ? TreeItemCollapsibleState.Collapsed
          : TreeItemCollapsibleState.Expanded,
      );
      item.description = String(claims.length);
      item.iconPath = new ThemeIcon(
        group.icon,
        group.color ? new ThemeColor(group.color) : undefined,
      );
      item.id = `group:${group.status}`;
      return item;
    }
    const { claim, uri } = node;
    const item = new TreeItem(claim.text, TreeItemCollapsibleState.None);
    item.description = [claim.reference, `line ${claim.range.start.line + 1}`]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = tooltipOf(claim);
    item.command = {
      title: 'Show in the draft',
      command: REVEAL_CLAIM,
      arguments: [uri, claim.range],
    };
    item.contextValue = `claim.${claim.status}`;
    return item;
  }
}

function referenceOf(claim: LspClaim): string {
  return `${claim.reference}${claim.asOf ? ` (as of ${claim.asOf})` : ''}`;
}

function tooltipOf(claim: LspClaim): MarkdownString {
  const lines = [
    `**${claim.text}**${claim.reference ? `: the reference says ${referenceOf(claim)}` : ''}`,
    ...(claim.source && /^https?:\/\//.test(claim.source.url)
      ? [`Source: [${claim.source.title.replace(/[[\]]/g, '')}](${claim.source.url})`]
      : []),
    ...(claim.why ? [claim.why] : []),
  ];
  const md = new MarkdownString(lines.join('\n\n'));
  md.isTrusted = false;
  return md;
}

/** Opens the claim's document, selects the claim and shows its hover card. */
export async function revealClaim(
  uri: string,
  range: LspClaim['range'],
  showHover: () => Thenable<unknown>,
): Promise<void> {
  const at = new Range(
    range.start.line,
    range.start.character,
    range.end.line,
    range.end.character,
  );
  const editor = await window.showTextDocument(Uri.parse(uri), {
    selection: at,
    preserveFocus: false,
  });
  editor.revealRange(at);
  await showHover();
}

/** A small check mark after a matching figure, in the "passed" colour: present, never loud. */
export function verifiedDecoration(): TextEditorDecorationType {
  return window.createTextEditorDecorationType({
    after: { contentText: '✓', color: new ThemeColor('testing.iconPassed'), margin: '0 0 0 0.1em' },
    rangeBehavior: DecorationRangeBehavior.ClosedClosed,
  });
}

/** Marks the matching claims of an editor's document (or none, when the setting is off). */
export function markVerified(
  editor: TextEditor,
  decoration: TextEditorDecorationType,
  report: ClaimsReport | undefined,
  on: boolean,
): void {
  const ranges =
    on && report
      ? report.claims
          .filter((c) => c.status === 'match')
          .map(
            (c) =>
              new Range(
                c.range.start.line,
                c.range.start.character,
                c.range.end.line,
                c.range.end.character,
              ),
          )
      : [];
  editor.setDecorations(decoration, ranges);
}
