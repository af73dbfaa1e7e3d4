/**
 * POSIX shell quoting for the Reproduce line: a report's command must replay exactly when pasted into sh/bash,
 * whatever the seed or path holds (spaces, quotes, `$(…)`). Words of safe characters stay bare so the usual
 * line reads as typed; anything else is single-quoted, with each ' written as '\''.
 */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(word: string): string {
  if (SAFE.test(word)) return word;
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** A command line from its words, each quoted as needed. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(" ");
}
