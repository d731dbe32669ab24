/** Let the page repaint between pieces of work, so the progress shown moves. */
export const repaint = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
