/**
 * The value of an assignment, as one capturing group: a quoted value whole, spaces and all (`"correct horse
 * battery"`, at most `quotedMax` characters), else a run of `min` to `max` characters up to a space, quote or
 * separator, not ending in a backslash (escaped JSON in a log line: `\"pw\"`). A plain character class: an
 * alternation inside the repeat made the regex several times slower. Shared by the assignment patterns and the
 * key / value pairs.
 */
export const QUOTED_OR_RUN = (min: number, max: number, quotedMax: number): string =>
  `((?<=(?:^|[^\\\\])")[^"\\\\\\n]{${min},${quotedMax}}(?=")|(?<=(?:^|[^\\\\])')[^'\\\\\\n]{${min},${quotedMax}}(?=')|[^\\s"'\`,;&<>]{${min},${max}}(?<!\\\\))`;
