import { describe, expect, it } from 'vitest';
import { arrows, tokenize } from '../../src/parse/mermaid/sequence-lexer.js';

const types = (text: string): string[] => tokenize(text).tokens.map((token) => token.type);

// The lexer skips the rules whose first character cannot start a match: these are the cases where that could go wrong.
describe('sequence lexer: the rules tried at each character', () => {
  it('reads keywords whatever their case', () => {
    expect(types('SEQUENCEDIAGRAM\nPARTICIPANT A\nNote Left Of A: x\nLOOP l\nEnd')).toEqual([
      'SD', 'NEWLINE', 'participant', 'ACTOR', 'NEWLINE', 'note', 'left_of', 'ACTOR', 'TXT', 'NEWLINE', 'loop', 'restOfLine', 'NEWLINE', 'end', 'NEWLINE', 'EOF',
    ]);
  });

  it('reads a letter outside ASCII that folds to an ASCII one as no keyword', () => {
    // The long s and the Kelvin sign fold to `S` and `k` only under Unicode case folding, which mermaid's lexer does not use.
    expect(types('ſequenceDiagram')).toEqual(['ACTOR', 'NEWLINE', 'EOF']);
    expect(types('\u212Aey->>B: x')).toEqual(['ACTOR', 'ARROW', 'ACTOR', 'TXT', 'NEWLINE', 'EOF']);
  });

  it('reads every arrow, signs and punctuation between actors', () => {
    for (const arrow of arrows) expect(types(`A${arrow}B: x`), arrow).toEqual(['ACTOR', 'ARROW', 'ACTOR', 'TXT', 'NEWLINE', 'EOF']);
    expect(types('A->>+B: x; B-->>-A: y, z')).toEqual(['ACTOR', 'ARROW', '+', 'ACTOR', 'TXT', 'NEWLINE', 'ACTOR', 'ARROW', '-', 'ACTOR', 'TXT', 'NEWLINE', 'EOF']);
    expect(types('A->>()B: c\n# note\n%% x\n1 ->> A: n')).toEqual(['ACTOR', 'ARROW', '()', 'ACTOR', 'TXT', 'NEWLINE', 'NEWLINE', 'NEWLINE', 'NUM', 'ARROW', 'ACTOR', 'TXT', 'NEWLINE', 'EOF']);
  });
});
