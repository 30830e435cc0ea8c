/** Language detection with eld's small n-gram database (bundled into both builds). */
import { eld } from 'eld/small';

const SAMPLE = 3000;

/** The ISO 639-1 code of the text's language, or undefined when eld cannot tell reliably. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!hasLetters(sample, 12)) return undefined;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : undefined;
}

/** Whether the text holds at least `n` letters, counted until there are enough. */
function hasLetters(text: string, n: number): boolean {
  const letter = /\p{L}/gu;
  let count = 0;
  while (letter.exec(text)) if (++count >= n) return true;
  return false;
}
