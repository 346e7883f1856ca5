/**
 * The value of an assignment, as one capturing group: a quoted value whole, spaces and all (`"correct horse
 * battery"`, at most `quotedMax` characters), escaped quotes and backslashes included (`"ab\"cd9x"`, up to eight
 * escapes), else a run of `min` to `max` characters up to a space, quote or separator, not ending in a backslash
 * (escaped JSON in a log line: `\"pw\"`) nor in a full stop before white space (a sentence's end: `the key is
 * Xk9mQ2vL7. Thanks`). Plain character classes: an alternation inside the repeat made the
 * regex several times slower; each escape starts with its backslash, so the repeat of escapes stays linear.
 * Shared by the assignment patterns and the key / value pairs.
 */
export const QUOTED_OR_RUN = (min: number, max: number, quotedMax: number): string =>
  `(${QUOTED('"', min, quotedMax)}|${QUOTED("'", min, quotedMax)}|(?:[^\\s"'\`,;&<>]|(?!${RUST_TYPE})${AMPERSAND_IN_VALUE})(?:[^\\s"'\`,;&<>]|${AMPERSAND_IN_VALUE}){${min - 1},${max - 1}}(?<!\\\\)(?<!\\.(?=\\s)))`;

/** A Rust reference type after a key (`password: &str`, `&mut`, `&'static`, `&[u8]`): no value starts so. */
const RUST_TYPE = "&(?:str\\b|mut\\b|dyn\\b|String\\b|'|\\[)";

/**
 * An `&` inside a value (`password: Xk9&mQ2`), with the rest of its character reference when it starts one (XML and
 * HTML: `<password>Xk9&amp;mQ2</password>`, `&lt;`, `&#38;`). One that starts the next field of a query string or a
 * form (`&user=`, `&amp;user=` in HTML) ends the value instead.
 */
export const AMPERSAND_IN_VALUE =
  '&(?!(?:amp;)?[\\w.%\\[\\]-]{1,64}=)(?:(?:amp|lt|gt|quot|apos|#\\d{1,7}|#[xX][\\da-fA-F]{1,6});)?';

/**
 * A value in `quote`s whose opening quote is not escaped: `min` to `max` characters, where `\x` escapes count
 * as characters too (at most eight of them).
 */
export const QUOTED = (quote: '"' | "'", min: number, max: number): string =>
  `(?<=(?:^|[^\\\\])${quote})(?=(?:[^${quote}\\\\\\n]|\\\\[^\\n]){${min}})[^${quote}\\\\\\n]{0,${max}}(?:\\\\[^\\n][^${quote}\\\\\\n]{0,${max}}){0,8}(?=${quote})`;
