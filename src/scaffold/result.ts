/** What a scaffold writes (paths relative to the content folder) and the steps it leaves to the editor. */
export interface Scaffold {
  files: { path: string; text: string }[];
  next: string[];
}
