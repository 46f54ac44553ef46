// Short names for practices in a sentence ("next: data validation"), where a rule's title is too long.
import type { PracticeResult } from './model.js';

const SPECIAL: Partial<Record<PracticeResult['id'], string>> = { 'ci-cd': 'CI/CD' };

export function practiceLabel(id: PracticeResult['id']): string {
  return SPECIAL[id] ?? id.replaceAll('-', ' ');
}
