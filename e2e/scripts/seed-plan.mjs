// Demo data for issue 13 (the program as the ministry runs it) through the API, as each officer
// would enter it: cohort 2570 with ten target tambons in Mueang Khon Kaen; two of them with
// selected farmers and a formed group; advisory visits (one with an overdue follow-up), a
// lecturer's course, a partner of the province; the province's selection result sent to its host
// agency. Used by shots-plan.mjs; on its own against a fresh server:
//   node e2e/scripts/seed-plan.mjs [baseUrl]
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { signIn } from './lib/api.mjs';
import { nationalId } from './lib/ids.mjs';

export const PLAN_COHORT = 2570;
const criteria = { pondDug: { met: true }, sameProducts: { met: true, notes: 'ปลูกผักและเลี้ยงไก่ไข่เช่นเดียวกับกลุ่ม' }, sharedIdeas: { met: true }, readyAndAble: { met: true } };
const PEOPLE = [['นาง', 'บุษบา', 'ทองดี'], ['นาย', 'สมาน', 'ศรีสุข'], ['นาง', 'ลำดวน', 'แก้วมณี']];

export async function seedPlan(base = 'http://localhost:3000') {
  const ministry = await signIn(base, 'demo-ministry');
  const district = await signIn(base, 'demo-district-4001');
  const province = await signIn(base, 'demo-province-40');
  const tambons = (await district('GET', '/api/geo/districts/4001/tambons')).slice(1, 11);
  const cohorts = (await ministry('GET', '/api/program/cohorts')).cohorts.map((c) => c.cohort);
  if (!cohorts.includes(PLAN_COHORT)) await ministry('POST', '/api/program/cohorts', { cohort: PLAN_COHORT, tambonTarget: 788, tambonCodes: tambons.map((t) => t.code) });
  const groups = [];
  for (const [g, tambon] of tambons.slice(0, 2).entries()) {
    const existing = (await district('GET', `/api/groups?unit=${tambon.code}&cohort=${PLAN_COHORT}`))[0];
    if (existing) { groups.push(existing); continue; }
    const members = [];
    for (const [i, [title, first, last]] of PEOPLE.entries()) {
      const f = await district('POST', '/api/farmers', { id: randomUUID(), nationalId: nationalId(`35001${tambon.code.slice(4)}0${g}${i}77`), title, firstName: first, lastName: `${last}${g ? 'กุล' : ''}`, tambonCode: tambon.code, pondDug: true, pondYear: 2565 });
      const c = await district('POST', '/api/selection', { id: randomUUID(), cohort: PLAN_COHORT, farmerId: f.id, criteria, proposal: 'proposed' });
      await province('POST', `/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
      members.push(f.id);
    }
    const group = await district('POST', '/api/groups', { id: randomUUID(), name: `กลุ่มเกษตรทฤษฎีใหม่ตำบล${tambon.nameTh}`, tambonCode: tambon.code, cohort: PLAN_COHORT, foundedOn: '2026-11-20' });
    for (const m of members) await district('POST', `/api/groups/${group.id}/members`, { farmerId: m });
    await district('PUT', `/api/groups/${group.id}/committee`, [{ farmerId: members[0], role: 'president' }, { farmerId: members[1], role: 'secretary' }]);
    await district('PUT', `/api/groups/${group.id}/learning-centre`, { name: `ศูนย์เรียนรู้บ้าน${tambon.nameTh}`, mainLecturerId: members[0], assistantLecturerIds: [members[1]] });
    await district('POST', '/api/lecturer-trainings', { id: randomUUID(), groupId: group.id, farmerId: members[0], date: '2026-11-28', course: 'หลักสูตรวิทยากรเกษตรทฤษฎีใหม่', organiser: 'ศูนย์ถ่ายทอดเทคโนโลยีการเกษตรอำเภอเมืองขอนแก่น', hours: 12 });
    await district('POST', '/api/visits', { id: randomUUID(), groupId: group.id, visitedOn: '2026-11-25', step: 4, visitors: 'นายสมชาย ใจดี นักวิชาการส่งเสริมการเกษตร', advice: 'วางแผนปลูกผักหมุนเวียนให้พอบริโภคในครัวเรือนก่อน แล้วจึงแบ่งขาย', problems: 'น้ำในสระไม่พอช่วงแล้ง', followUpOn: g === 0 ? '2026-12-02' : '2027-01-10' });
    groups.push(group);
  }
  const partners = (await province('GET', '/api/partners?province=40')).items;
  if (!partners.length) {
    await province('POST', '/api/partners', { id: randomUUID(), provinceCode: '40', name: 'มหาวิทยาลัยขอนแก่น คณะเกษตรศาสตร์', sector: 'academic', support: 'อบรมการแปรรูปผลผลิตและการทำบัญชีกลุ่ม', groupIds: groups.map((g) => g.id), from: '2026-11-01' });
    await province('POST', '/api/partners', { id: randomUUID(), provinceCode: '40', name: 'ห้างหุ้นส่วนจำกัด ขอนแก่นผักสด', sector: 'private', support: 'รับซื้อผักปลอดสารพิษทุกสัปดาห์', groupIds: [groups[0].id], from: '2026-12-01' });
  }
  const result = (await province('GET', `/api/selection/results?province=40&cohort=${PLAN_COHORT}`)).results[0];
  if (result.state === 'draft') await province('POST', `/api/selection/results/${result.id}/submit`, { version: result.version, notes: 'คัดเลือกเกษตรกรครบตามเกณฑ์ 4 ข้อในตำบลเป้าหมาย 2 ตำบล' });
  return { tambons, groups };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await seedPlan(process.argv[2]);
  console.log(`cohort ${PLAN_COHORT}: ${out.tambons.length} target tambons, ${out.groups.length} groups`);
}
