/** The name the directory page shows, and what every page says while there is none. */
export function presentLaName(answer: Readonly<{ name: string | null; shownAs: string }>) {
  return {
    name: answer.name ?? '',
    summary: answer.name
      ? `Pages name your local authority ${answer.name}.`
      : `Your local authority has no name yet, so pages call it ${answer.shownAs}.`,
  };
}
