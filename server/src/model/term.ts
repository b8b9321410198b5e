// A defined term (`（以下简称“双方”）`, `(hereinafter "the Parties")`): the shape both readers,
// definitions.ts and foreignDefinitions.ts, return.
export interface Definition {
  /** The defined term, as written. */
  term: string;
  /** Offsets of the term inside its quotes. */
  start: number;
  end: number;
  /** What the term stands for: the noun phrase before the definition. */
  meaning: string;
  meaningStart: number;
  meaningEnd: number;
  /** The whole `（以下简称“…”）` span. */
  clauseStart: number;
  clauseEnd: number;
  /**
   * Defined by what it means (`"party" means a State which …`), not given as a short name: the
   * meaning holds for the whole text, so a use before the definition (in the preamble) is no fault.
   */
  byMeaning?: true;
}
