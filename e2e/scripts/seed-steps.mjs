// Demo data for steps 3–7 (learning, production, market survey, exchange and sales, community
// enterprise) through the API, on top of seed-groups.mjs (steps 1–2), as the district, the
// tambon worker and the province would enter it. Safe to run twice: records carry fixed ids, so a
// second run gets the same records back (200) instead of new ones. Used by shots-steps.mjs; alone:
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-steps PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/seed-steps.mjs [baseUrl]
import { fileURLToPath } from 'node:url';
import { signIn } from './lib/api.mjs';
import { idOf } from './lib/ids.mjs';
import { COHORT, seedGroups } from './seed-groups.mjs';

/**
 * @param {string} base
 * @param {{ photo?: Buffer }} [opts] a JPEG or PNG for the learning session (screenshots make one)
 */
export async function seedSteps(base = 'http://localhost:3000', opts = {}) {
  const { groupId, farmers } = await seedGroups(base);
  const district = await signIn(base, 'demo-district-4001');
  const tambon = await signIn(base, 'demo-tambon-400101');
  const province = await signIn(base, 'demo-province-40');
  const group = await district('GET', `/api/groups/${groupId}`);
  const member = (first) => group.members.find((m) => m.fullName.includes(first))?.farmerId;
  const [second] = await district('GET', `/api/groups?unit=400102&cohort=${COHORT}`);

  // ── Step 5 (province): its framework, online channels and a marketing event ─────────────
  const framework = await province('GET', '/api/provinces/40/survey-framework');
  if (!framework.custom) {
    await province('PUT', '/api/provinces/40/survey-framework', {
      outletTypes: ['household', 'shop', 'community_market', 'government_office', 'restaurant', 'key_customer'],
      questions: [
        { key: 'needs', text: 'สินค้าที่ต้องการและปริมาณต่อครั้ง' },
        { key: 'quality', text: 'มาตรฐานหรือคุณภาพที่ต้องการ (เช่น GAP อินทรีย์)' },
        { key: 'delivery', text: 'เงื่อนไขการส่งสินค้าและวันที่สะดวกรับ' },
        { key: 'payment', text: 'วิธีชำระเงิน' },
      ],
    });
  }
  const channels = [
    ['kk-market-fb', 'facebook', 'ตลาดเกษตรกรขอนแก่นออนไลน์', 'https://www.facebook.com/kkfarmersmarket', null],
    ['kk-line', 'line_oa', 'LINE ผักปลอดภัยขอนแก่น', '@kksafeveg', null],
    ['naimueang-page', 'facebook', 'เพจกลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', 'https://www.facebook.com/naimueang.ntag', groupId],
    ['kk-web', 'website', 'เว็บไซต์สินค้าเกษตรจังหวัดขอนแก่น', 'https://www.khonkaen.go.th/agri-products', null],
  ];
  for (const [key, kind, name, url, gid] of channels) {
    await province('POST', '/api/channels', { id: idOf(`channel:${key}`), provinceCode: '40', kind, name, url, groupId: gid });
  }
  const eventId = idOf('event:kk-farmers-market-nov');
  await province('POST', '/api/events', {
    id: eventId, provinceCode: '40', name: 'ตลาดนัดเกษตรกรจังหวัดขอนแก่น ครั้งที่ 11', startsOn: '2026-11-14', endsOn: '2026-11-15',
    place: 'ลานหน้าศาลากลางจังหวัดขอนแก่น', groupIds: [groupId, ...(second ? [second.id] : [])],
  });
  await province('POST', '/api/events', {
    id: idOf('event:green-fair'), provinceCode: '40', name: 'งานตลาดสีเขียว มหาวิทยาลัยขอนแก่น', startsOn: '2026-12-05', endsOn: null,
    place: 'ศูนย์ประชุมอเนกประสงค์ มข.', groupIds: [groupId],
  }, [200, 201, 400]);

  // ── Step 3 (district): the learning centre, two sessions, a photo ────────────────────────
  const centre = await district('GET', `/api/groups/${groupId}/learning-centre`);
  if (!centre.exists) {
    await district('PUT', `/api/groups/${groupId}/learning-centre`, {
      name: 'แปลงเรียนรู้ของนางสมใจ ใจดี หมู่ 1', description: 'ผักปลอดภัย การทำปุ๋ยหมัก การเลี้ยงไก่ไข่และปลานิลในสระ',
      mainLecturerId: member('สมใจ'), assistantLecturerIds: [member('บุญมา'), member('ทองใบ')].filter(Boolean),
    });
  }
  const everyone = group.members.map((m) => m.farmerId);
  const s1 = await district('POST', '/api/learning-sessions', {
    id: idOf('session:gap'), groupId, date: '2026-08-10', planCohort: COHORT, planTopicIndex: 0,
    lecturerIds: [member('สมใจ')], attendeeIds: everyone, outsideParticipants: 6, notes: 'เจ้าหน้าที่เกษตรอำเภอร่วมให้ความรู้เรื่องการขอรับรอง GAP',
  });
  await district('POST', '/api/learning-sessions', {
    id: idOf('session:compost'), groupId, date: '2026-09-12', topic: 'การทำปุ๋ยหมักจากเศษวัสดุในแปลง',
    lecturerIds: [member('บุญมา'), member('ทองใบ')].filter(Boolean), attendeeIds: everyone.slice(0, 3), outsideParticipants: 2,
  });
  if (opts.photo && s1.photos.length === 0) {
    const form = new FormData();
    form.append('file', new Blob([opts.photo], { type: 'image/png' }), 'learning.png');
    await district('POST', `/api/learning-sessions/${s1.id}/photos`, form);
  }

  // ── Step 4 (tambon worker): harvests ────────────────────────────────────────────────────
  const harvests = [
    ['2026-08-20', 'morning_glory', 'kg', 45, { household: 10, exchange: 5, sale: 30 }, 900, null],
    ['2026-09-15', 'kale', 'kg', 60, { household: 12, exchange: 8, sale: 38, loss: 2 }, 1800, 'สมใจ'],
    ['2026-10-01', 'egg_chicken', 'tray', 40, { household: 8, exchange: 4, sale: 28 }, 3600, 'สมใจ'],
    ['2026-10-31', 'tilapia', 'kg', 120, { household: 15, sale: 95, processing: 10 }, 8400, 'บุญมา'],
    ['2026-11-20', 'morning_glory', 'kg', 52, { household: 10, exchange: 6, sale: 36 }, 1040, null],
  ];
  const products = await tambon('GET', '/api/products');
  for (const [on, code, unit, quantity, uses, value, who] of harvests) {
    const known = products.find((p) => p.code === code);
    await tambon('POST', '/api/production', {
      id: idOf(`production:${on}:${code}`), groupId, date: on, period: 'day', farmerId: who ? member(who) : null,
      product: code, unit: known && !known.units.includes(unit) ? known.units[0] : unit, quantity,
      uses: { household: 0, exchange: 0, sale: 0, processing: 0, loss: 0, ...uses }, value,
    });
  }

  // ── Step 5 (tambon worker): buyers near the group ───────────────────────────────────────
  const outlets = [
    ['shop', 'ร้านค้าชุมชนบ้านโนนทัน', ['ผักบุ้ง', 'คะน้า', 'ไข่ไก่'], '20 กก./สัปดาห์', 'ทุกวันจันทร์และพฤหัสบดี', '25 บาท/กก.', { needs: 'ผักบุ้ง คะน้า ครั้งละ 10 กก.', quality: 'ผักสด ไม่มีสารตกค้าง', payment: 'เงินสด' }, '2026-09-02'],
    ['community_market', 'ตลาดสดเทศบาลตำบลในเมือง', ['ผักบุ้ง', 'ปลานิล'], '50 กก./วัน', 'ทุกวัน', '22–28 บาท/กก.', { needs: 'ปลานิลสด ขนาด 3–4 ตัว/กก.', delivery: 'ส่งก่อน 6 โมงเช้า' }, '2026-09-02'],
    ['government_office', 'โรงพยาบาลส่งเสริมสุขภาพตำบลในเมือง', ['ไข่ไก่', 'ผักปลอดภัย'], '10 แผง/สัปดาห์', 'ทุกวันศุกร์', '110 บาท/แผง', { quality: 'ต้องการผักที่ได้รับรอง GAP', payment: 'โอนเงินภายใน 30 วัน' }, '2026-09-20'],
    ['restaurant', 'ร้านอาหารครัวอีสานแซ่บ', ['ปลานิล', 'ผักบุ้ง', 'มะนาว'], '30 กก./สัปดาห์', 'สัปดาห์ละ 2 ครั้ง', '90 บาท/กก. (ปลานิล)', { needs: 'ปลานิลและผักสด', delivery: 'ส่งถึงร้าน' }, '2026-10-08'],
  ];
  // Answers in jsonb key order (shorter keys first): a repeated create compares them in order.
  const jsonbOrder = (o) => Object.fromEntries(Object.keys(o).sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).map((k) => [k, o[k]]));
  for (const [type, name, prods, volume, frequency, price, answers, on] of outlets) {
    await tambon('POST', '/api/outlets', { id: idOf(`outlet:${name}`), groupId, type, name, products: prods, volume, frequency, price, answers: jsonbOrder(answers), date: on });
  }
  const shop = idOf('outlet:ร้านค้าชุมชนบ้านโนนทัน');

  // ── Step 6 (tambon worker): exchanges and sales ─────────────────────────────────────────
  const txs = [
    ['2026-08-21', 'morning_glory', 'kg', 5, 'exchange_in_group', {}, null],
    ['2026-08-22', 'morning_glory', 'kg', 30, 'community_buyer', { unitPrice: 25, outletId: shop }, null],
    ['2026-09-16', 'kale', 'kg', 38, 'local_market', { unitPrice: 30 }, 'สมใจ'],
    ['2026-10-02', 'egg_chicken', 'tray', 20, 'direct', { unitPrice: 110 }, 'สมใจ'],
    ['2026-10-20', 'egg_chicken', 'tray', 4, 'exchange_outside', {}, 'สมใจ'],
    ['2026-11-14', 'tilapia', 'kg', 60, 'event', { unitPrice: 85, eventId }, 'บุญมา'],
    ['2026-11-21', 'morning_glory', 'kg', 20, 'online', { unitPrice: 30, platform: 'Facebook' }, null],
  ];
  for (const [on, code, unit, quantity, channel, extra, who] of txs) {
    await tambon('POST', '/api/transactions', {
      id: idOf(`tx:${on}:${code}:${channel}`), groupId, date: on, product: code, unit, quantity, channel, farmerId: who ? member(who) : null, ...extra,
    });
  }

  // ── Step 7 (district): informed and applied; the second group is registered ─────────────
  const ent = await district('GET', `/api/groups/${groupId}/enterprise`);
  if (!ent.exists) {
    await district('PUT', `/api/groups/${groupId}/enterprise`, { informedOn: '2026-10-05', appliedOn: '2026-11-10', marketsItself: true, ownChannels: ['facebook', 'line_oa'] });
  }
  if (second) {
    const e2 = await district('GET', `/api/groups/${second.id}/enterprise`);
    if (!e2.exists) {
      await district('PUT', `/api/groups/${second.id}/enterprise`, {
        informedOn: '2026-08-05', appliedOn: '2026-08-20', registeredOn: '2026-09-15', registrationCode: '4-40-01-02/1-0031', marketsItself: false, ownChannels: [],
      });
    }
    // Step 3 done on paper: the district confirms it with the evidence.
    const p2 = await district('GET', `/api/groups/${second.id}/progress`);
    if (!p2.steps[2].overridden) {
      await district('PUT', `/api/groups/${second.id}/steps/3`, { status: 'done', doneOn: '2026-08-10', reason: 'เข้าร่วมการเรียนรู้ที่แปลงของกลุ่มตำบลในเมือง ตามรายงานการอบรม ลงวันที่ 10 ส.ค. 2569' });
    }
  }
  return { groupId, secondId: second?.id ?? null, sessionId: s1.id, eventId, farmers };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await seedSteps(process.argv[2] ?? 'http://localhost:3000');
  console.log(`group ${out.groupId}: steps 3–7 entered`);
}
