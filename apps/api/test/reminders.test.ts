import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../src/modules/reports/reminders';
import { createNotifier } from '../src/modules/notifications/notifications.service';
import { startJobs, ENQUIRY_QUEUE, REMINDER_QUEUE } from '../src/jobs/boss';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { auditLog, notificationDelivery } from '../src/db/schema';
import { signIn, startTestApp, type TestContext } from './support/app';

/** The text of a quoted-printable mail body (nodemailer encodes Thai that way). */
function quotedPrintable(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r?\n/g, '');
  return Buffer.from(body.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8').replace(/\r\n/g, '\n').trim();
}

/** Local stand-ins for an SMTP server and LINE's Messaging API: nothing leaves the machine. */
const mails: { to: string; body: string }[] = [];
const pushes: { auth: string; body: { to: string; messages: { text: string }[] } }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, done) {
    let body = '';
    stream.on('data', (c) => (body += c));
    stream.on('end', () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body: quotedPrintable(body) });
      done();
    });
  },
});
const line = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    pushes.push({ auth: String(req.headers.authorization), body: JSON.parse(body) });
    const ok = req.url === '/v2/bot/message/push' && req.headers.authorization === 'Bearer test-line-channel-token';
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? '{}' : '{"message":"Authentication failed"}');
  });
});

let ctx: TestContext;
let smtpUrl: string;
let lineBase: string;
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => line.listen(0, '127.0.0.1', r));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  lineBase = `http://127.0.0.1:${(line.address() as AddressInfo).port}`;
  ctx = await startTestApp({ SMTP_URL: smtpUrl, LINE_CHANNEL_TOKEN: 'test-line-channel-token', LINE_API_BASE: lineBase, PUBLIC_URL: 'https://ntag.example.go.th' });
  const admin = await signIn(ctx, 'admin');
  // The Khon Kaen officer gives an e-mail and a LINE id; the agency officer an e-mail.
  const users = (await admin.get('/api/users?pageSize=200')).body.items as { id: string; username: string; version: number }[];
  const kk = users.find((u) => u.username === 'demo-province-40')!;
  await admin.patch(`/api/users/${kk.id}`, { email: 'kk@example.go.th', lineUserId: `U${'a'.repeat(32)}`, version: kk.version });
  const ne = users.find((u) => u.username === 'demo-agency-ne')!;
  await admin.patch(`/api/users/${ne.id}`, { email: 'dld@example.go.th', version: ne.version });
});
afterAll(async () => {
  await ctx.close();
  smtp.close();
  line.close();
});

const notifierDeps = () => ({
  db: ctx.database.db,
  notifier: createNotifier({ smtpUrl, mailFrom: 'NTAG <no-reply@ntag.local>', lineToken: 'test-line-channel-token', lineApiBase: lineBase, publicUrl: 'https://ntag.example.go.th' }),
});

describe('report reminders', () => {
  it('four days before the due day nobody is reminded', async () => {
    expect(await runReminders(notifierDeps(), '2026-11-01')).toMatchObject({ period: '2026-10', reminded: 0, lateNotices: 0 });
  });

  it('from three days before, units that have not submitted are reminded in the app, by e-mail and on LINE, once a day', async () => {
    const result = await runReminders(notifierDeps(), '2026-11-03');
    // 77 provinces have not reported; only Khon Kaen has a user.
    expect(result.reminded).toBe(1);
    const again = await runReminders(notifierDeps(), '2026-11-03');
    expect(again.reminded).toBe(0);
    const province = await signIn(ctx, 'province');
    const list = (await province.get('/api/notifications')).body;
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({ kind: 'report.reminder', body: 'ขอนแก่น: กำหนดส่งภายในวันที่ 5 พ.ย. 2569 (อีก 2 วัน)', link: '/reports?unit=40&period=2026-10' });
    expect(mails.map((m) => m.to)).toEqual(['kk@example.go.th']);
    expect(mails[0]!.body).toBe('ขอนแก่น: กำหนดส่งภายในวันที่ 5 พ.ย. 2569 (อีก 2 วัน)\n\nhttps://ntag.example.go.th/reports?unit=40&period=2026-10');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toMatchObject({ auth: 'Bearer test-line-channel-token', body: { to: `U${'a'.repeat(32)}` } });
    expect(pushes[0]!.body.messages[0]!.text).toContain('รายงานผลจังหวัดถึงหน่วยงานเจ้าภาพหลัก');
    // Someone else's notification is 404 and leaves no trace; one's own is marked read and audited.
    expect((await (await signIn(ctx, 'district')).post(`/api/notifications/${list.items[0].id}/read`)).status).toBe(404);
    expect(await ctx.database.db.select().from(auditLog).where(eq(auditLog.targetId, list.items[0].id))).toEqual([]);
    expect((await province.post(`/api/notifications/${list.items[0].id}/read`)).status).toBe(200);
    expect((await province.get('/api/notifications?unread=true')).body.items).toEqual([]);
    const audited = await ctx.database.db.select().from(auditLog).where(eq(auditLog.targetId, list.items[0].id));
    expect(audited.map((a) => [a.verb, a.targetType, a.actorUsername])).toEqual([['notification.read', 'notification', 'demo-province-40']]);
  });

  it('a unit that has submitted is no longer reminded', async () => {
    const province = await signIn(ctx, 'province');
    const r = (await province.get('/api/reports?unit=40&period=2026-10')).body.reports[0];
    await province.post(`/api/reports/${r.id}/submit`, { version: r.version });
    expect((await runReminders(notifierDeps(), '2026-11-04')).reminded).toBe(0);
  });

  it('the day after the due day, the level above hears who is late, in one message', async () => {
    const result = await runReminders(notifierDeps(), '2026-11-06');
    expect(result.lateNotices).toBe(1);
    const agency = await signIn(ctx, 'agency');
    const late = (await agency.get('/api/notifications')).body.items.find((n: { kind: string }) => n.kind === 'report.late');
    expect(late.body).toMatch(/^เลยกำหนด \(5 พ\.ย\. 2569\) และยังไม่ส่ง 19 หน่วย: /);
    expect(late.body).not.toContain('ขอนแก่น');
    expect(mails.map((m) => m.to)).toContain('dld@example.go.th');
  });

  it('a LINE failure is logged and the in-app notification stays', async () => {
    const broken = createNotifier({ mailFrom: 'x', lineToken: 'revoked-line-token', lineApiBase: lineBase });
    const userId = (await (await signIn(ctx, 'province')).get('/api/me')).body.user.id;
    const created = await broken.notify(ctx.database.db, [userId], { kind: 'test', title: 't', body: 'b', dedupeKey: 'broken-line' });
    expect(created).toHaveLength(1);
    const deliveries = await ctx.database.db.select().from(notificationDelivery).where(eq(notificationDelivery.notificationId, created[0]!.id));
    expect(deliveries).toEqual([expect.objectContaining({ channel: 'line', status: 'failed', error: expect.stringContaining('401') })]);
  });

  it('the daily jobs are scheduled in Thailand time on the embedded database', async () => {
    if (ctx.database.kind !== 'pglite') return;
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent' });
    const boss = await startJobs(ctx.database, { db: ctx.database.db, notifier: notifierDeps().notifier, config }, () => {});
    try {
      expect((await boss.getSchedules()).map((s) => [s.name, s.cron, (s as unknown as { timezone: string }).timezone])).toEqual(expect.arrayContaining([[REMINDER_QUEUE, '0 8 * * *', 'Asia/Bangkok'], [ENQUIRY_QUEUE, '15 8 * * *', 'Asia/Bangkok']]));
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});

