import type { Visit } from '../schemas/visit';

/** Name a visit in one line: 无锡市党政代表团赴南通市、泰州市. */
export function visitTitle(visit: Pick<Visit, 'delegation' | 'origin' | 'destinations'>): string {
  const who = visit.delegation || `${visit.origin.name}代表团`;
  const where = visit.destinations.map((p) => p.name).join('、');
  return where ? `${who}赴${where}` : who;
}
