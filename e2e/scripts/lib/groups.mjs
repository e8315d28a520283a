// A formed model group made through the API, as the district and the province would make it:
// what the seed scripts and journeys that need a group to record on share.
import { idOf } from './ids.mjs';

const ALL_MET = { pondDug: { met: true }, sameProducts: { met: true }, sharedIdeas: { met: true }, readyAndAble: { met: true } };

/**
 * The district registers `people` in `tambon` and proposes them for `cohort` with the four
 * criteria met, the province selects them, and the district forms their group (founded on
 * `foundedOn`) with all of them as members and the first as president. Ids come from `key`
 * (idOf), so a second run finds the same records.
 * @param {import('./api.mjs').Call} district a demo district officer's session (signIn)
 * @param {import('./api.mjs').Call} province the province officer's
 * @param {{ key: string, tambon: string, cohort: number, name: string, foundedOn: string, pondYear: number, people: { first: string, last: string, nationalId: string }[] }} g
 * @returns {Promise<{ id: string, farmerIds: string[] }>}
 */
export async function formGroup(district, province, g) {
  const farmerIds = [];
  for (const [i, p] of g.people.entries()) {
    const farmer = await district('POST', '/api/farmers', {
      id: idOf(`farmer:${g.key}:${i}`), nationalId: p.nationalId, firstName: p.first, lastName: p.last,
      tambonCode: g.tambon, pondDug: true, pondYear: g.pondYear,
    });
    farmerIds.push(farmer.id);
    await district('POST', '/api/selection', { id: idOf(`candidate:${g.key}:${i}`), cohort: g.cohort, farmerId: farmer.id, proposal: 'proposed', criteria: ALL_MET });
  }
  const sel = await province('GET', `/api/selection?tambon=${g.tambon}&cohort=${g.cohort}`);
  for (const c of sel.candidates.filter((x) => !x.decision && farmerIds.includes(x.farmer.id))) {
    await province('POST', `/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
  }
  const group = await district('POST', '/api/groups', { id: idOf(`group:${g.key}`), name: g.name, tambonCode: g.tambon, cohort: g.cohort, foundedOn: g.foundedOn });
  const detail = await district('GET', `/api/groups/${group.id}`);
  for (const farmerId of farmerIds.filter((f) => !detail.members.some((m) => m.farmerId === f))) {
    await district('POST', `/api/groups/${group.id}/members`, { farmerId });
  }
  await district('PUT', `/api/groups/${group.id}/committee`, [{ farmerId: farmerIds[0], role: 'president' }]);
  return { id: group.id, farmerIds };
}
