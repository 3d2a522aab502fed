/** Width and wrapping of text by grapheme clusters (emoji, joiners, combining marks): loaded only when text needs them. */

export { default as graphemeWidth } from 'string-width';
export { default as wrapAnsi } from 'wrap-ansi';
