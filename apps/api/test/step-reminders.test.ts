import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { nextStepReminder } from '../src/modules/reminders/reminders.rules';
import { runStepReminders } from '../src/modules/reminders/step-reminders';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

/**
 * Step reminders (issue 13, part 7): 14 and 3 days before a step's due date the district gets
 * one digest of its groups not done with it; the day after, the province the late groups; on
 * Mondays the host agency its provinces' late counts. In-app, and by e-mail when configured; a
 * second run on the same day sends nothing again. Users see which reminders they will get.
 */
const mails: { to: string; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, done) {
    let raw = '';
    stream.on('data', (c) => (raw += c));
    stream.on('end', () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
      done();
    });
  },
});

let ctx: TestContext;
let district: Client;
let province: Client;
let agency: Client;
let deps: Parameters<typeof runStepReminders>[0];
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  ctx = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` });
  [district, province, agency] = await Promise.all([signIn(ctx, 'district'), signIn(ctx, 'province'), signIn(ctx, 'agency')]);
  const admin = await signIn(ctx, 'admin');
  const me = (await district.get('/api/me')).body.user;
  const user = (await admin.get(`/api/users/${me.id}`)).body;
  await admin.patch(`/api/users/${me.id}`, { email: 'mueang-kk@example.go.th', version: user.version });
  // A group of cohort 2569 that has done steps 1 and 2 only (no learning, production, market survey, sale).
  await formedGroup(district, province, { name: 'กลุ่มทดสอบการแจ้งเตือน' });
  deps = { db: ctx.database.db, notifier: ctx.app.notifier };
});
afterAll(async () => {
  await ctx.close();
  await new Promise<void>((r) => smtp.close(() => r()));
});

const notes = async (c: Client, kind: string) => (await c.get('/api/notifications?limit=200')).body.items.filter((n: { kind: string }) => n.kind === kind);

describe('the daily step reminders', () => {
  it('14 and 3 days before step 5 (30 September): one digest for the district naming its group, in-app and by e-mail', async () => {
    const first = await runStepReminders(deps, '2026-09-16');
    expect(first.districtDigests).toBe(1);
    const [note] = await notes(district, 'step.reminder');
    expect(note.title).toBe('ใกล้ครบกำหนดขั้นตอนของกลุ่ม');
    expect(note.body).toContain('ขั้นตอนที่ 5 เตรียมความพร้อมด้านการตลาด');
    expect(note.body).toContain('อีก 14 วัน');
    expect(note.body).toContain('กลุ่มทดสอบการแจ้งเตือน');
    expect(mails.some((m) => m.to === 'mueang-kk@example.go.th')).toBe(true);
    // The same day again: nothing new.
    expect((await runStepReminders(deps, '2026-09-16')).districtDigests).toBe(0);
    expect((await runStepReminders(deps, '2026-09-27')).districtDigests).toBe(1);
    expect(await notes(district, 'step.reminder')).toHaveLength(2);
    // Days without a deadline 14 or 3 days ahead send nothing; the province hears nothing before the due day.
    expect((await runStepReminders(deps, '2026-09-20')).districtDigests).toBe(0);
    expect(await notes(province, 'step.late')).toHaveLength(0);
  });

  it('the day after the due date the province gets its late groups; the other district nothing', async () => {
    const res = await runStepReminders(deps, '2026-10-01');
    expect(res.provinceLists).toBe(1);
    const [late] = await notes(province, 'step.late');
    expect(late.body).toContain('ขั้นตอนที่ 5');
    expect(late.body).toContain('เลยกำหนด 1 กลุ่ม');
    expect(await notes(await signIn(ctx, 'otherDistrict'), 'step.reminder')).toHaveLength(0);
  });

  it('on Mondays the host agency gets its provinces’ late counts', async () => {
    expect((await runStepReminders(deps, '2026-10-06')).agencyWeekly).toBe(0); // a Tuesday
    const res = await runStepReminders(deps, '2026-12-07'); // a Monday
    expect(res.agencyWeekly).toBeGreaterThan(0);
    const [weekly] = await notes(agency, 'step.weekly');
    expect(weekly.body).toContain('ขอนแก่น 1');
  });
});

describe('what reminders I will get', () => {
  it('the district sees its report and step reminders with the next day each goes out, and its channels', async () => {
    const ministry = await signIn(ctx, 'ministry');
    // A cohort ahead, with a step due in the future, and the district's group in it.
    await ministry.post('/api/program/cohorts', { cohort: 2570, tambonTarget: 788 });
    const mine = (await district.get('/api/reminders')).body;
    expect(mine.channels).toEqual({ inApp: true, email: true, line: false });
    expect(mine.enabled).toBe(false); // REMINDERS is off in tests
    const steps = mine.items.filter((i: { kind: string }) => i.kind === 'step.reminder');
    // Ahead for the 2569 group: the steps due on 31 December it has not done (6 and 7), each
    // reminded 14 days before, else 3 days before; cohort 2570 has no group of the district yet.
    const ahead = [6, 7].filter(() => nextStepReminder('2026-12-31', todayIso()) !== null);
    expect(steps.map((i: { step: number; dueOn: string; nextOn: string; groups: number }) => [i.step, i.dueOn, i.nextOn, i.groups]))
      .toEqual(ahead.map((step) => [step, '2026-12-31', nextStepReminder('2026-12-31', todayIso()), 1]));
    expect(steps.every((i: { cohort: number }) => i.cohort === 2569)).toBe(true);
    const agencyView = (await agency.get('/api/reminders')).body;
    expect(agencyView.channels.email).toBe(false);
    expect(agencyView.items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['report.reminder', 'report.late', 'step.weekly']));
    const provinceView = (await province.get('/api/reminders')).body;
    expect(provinceView.items.find((i: { kind: string }) => i.kind === 'report.reminder')).toMatchObject({ unit: { code: '40' } });
    expect((await ministry.get('/api/reminders')).body.items.map((i: { kind: string }) => i.kind)).toEqual(['report.late']);
  });
});
