// "What cites this document": every citation of this instrument (`《…》`, with
// or without an article) in the other documents of the workspace. The same
// answer as Find All References on the title, without this document's own
// self-references (本协议).
import { FeatureContext } from './context';
import { Location, Position } from 'vscode-languageserver-types';
import { referencesWork } from './references';
import { Work, finish } from './work';
import { msg } from './messages';

export interface CitedByResult {
  /** The title, where the peek view opens. */
  position?: Position;
  locations: Location[];
  /** Why there is nothing to show, in the client's language. */
  message?: string;
}

export function citedBy(ctx: FeatureContext): CitedByResult {
  return finish(citedByWork(ctx));
}

/** What cites this document, as work: one unit per citing document. */
export function* citedByWork(ctx: FeatureContext): Work<CitedByResult> {
  const { snapshot, treaty } = ctx;
  const title = treaty.title;
  if (!title) return { locations: [], message: msg('command.noTitle') };
  const position = ctx.lines.positionAt(title.start);
  const locations = (yield* referencesWork(ctx, title.start, false)).filter((l) => l.uri !== snapshot.uri);
  return { position, locations, message: locations.length ? undefined : msg('command.noCitations', title.text) };
}
