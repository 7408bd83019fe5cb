import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * What an operation's text asks for, read token by token before it is parsed: how many tokens,
 * how deeply selection sets nest within one definition, how many aliases. The lexer works without
 * recursion, so any text a client can send is measured in time proportional to it: a document
 * nested thousands of levels deep, or with thousands of aliases, is refused before the (recursive)
 * parser or the (quadratic) validation sees it. Counting stops as soon as the token bound is passed.
 */

export interface SourceMeasure {
  /** Tokens read; `stopAfter + 1` when there are more. */
  tokens: number;
  /** The deepest nesting of selection sets (braces outside argument lists). */
  depth: number;
  /** Names followed by a colon outside argument lists: aliases. */
  aliases: number;
}

export function measureSource(query: string, stopAfter: number): SourceMeasure {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  let deepest = 0;
  let aliases = 0;
  let previous: TokenKind | undefined;
  // Braces inside parentheses are input objects (arguments, variable defaults), not selections.
  let parentheses = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > stopAfter) break;
      if (token.kind === TokenKind.PAREN_L) parentheses += 1;
      else if (token.kind === TokenKind.PAREN_R) parentheses = Math.max(0, parentheses - 1);
      else if (parentheses === 0 && token.kind === TokenKind.BRACE_L) deepest = Math.max(deepest, ++depth);
      else if (parentheses === 0 && token.kind === TokenKind.BRACE_R) depth = Math.max(0, depth - 1);
      else if (parentheses === 0 && token.kind === TokenKind.COLON && previous === TokenKind.NAME) aliases += 1;
      previous = token.kind;
    }
  } catch (error) {
    // Text the lexer cannot read is the parser's to report, as the syntax error it is.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return { tokens, depth: deepest, aliases };
}
