// What the editors' commands (`npm run new`, `npm run check`, `npm run translations`) share: each
// is a function of its arguments, the project folder and where it prints, so the tests run it in
// their own process over a copy of the content (no new Node for each case), and the script file
// runs it over the working folder.

/** Where a command prints: the console, or a test's capture. */
export type Output = Pick<Console, 'log' | 'error'>;

/** A command: its exit code, from its arguments, the project folder and where it prints. */
export type Command = (args: string[], root: string, out: Output) => Promise<number>;
