import type { Transporter } from 'nodemailer';
import { loadNodemailer } from '../../lib/lazy';

/**
 * Where a notification goes besides the in-app list. In-app always; e-mail over SMTP when
 * SMTP_URL is set; LINE Official Account push (Messaging API) when LINE_CHANNEL_TOKEN is set.
 * LINE Notify was closed in 2025 and is not used.
 */
export interface Message {
  title: string;
  body: string;
  link?: string | null;
}

export interface Channel {
  name: 'email' | 'line';
  /** Whether this recipient can be reached on the channel. */
  reaches(to: { email: string | null; lineUserId: string | null }): boolean;
  send(to: { email: string | null; lineUserId: string | null }, message: Message): Promise<void>;
}

export interface ChannelConfig {
  smtpUrl?: string;
  mailFrom: string;
  lineToken?: string;
  lineApiBase: string;
  publicUrl?: string;
}

const linkOf = (config: ChannelConfig, link?: string | null) => (link && config.publicUrl ? new URL(link, config.publicUrl).toString() : null);

export function emailChannel(config: ChannelConfig): Channel | null {
  if (!config.smtpUrl) return null;
  let transport: Transporter | undefined;
  return {
    name: 'email',
    reaches: (to) => !!to.email,
    async send(to, m) {
      const link = linkOf(config, m.link);
      transport ??= (await loadNodemailer()).createTransport(config.smtpUrl!);
      await transport.sendMail({ from: config.mailFrom, to: to.email!, subject: m.title, text: link ? `${m.body}\n\n${link}` : m.body });
    },
  };
}

export function lineChannel(config: ChannelConfig): Channel | null {
  if (!config.lineToken) return null;
  return {
    name: 'line',
    reaches: (to) => !!to.lineUserId,
    async send(to, m) {
      const link = linkOf(config, m.link);
      const res = await fetch(new URL('/v2/bot/message/push', config.lineApiBase), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.lineToken}` },
        body: JSON.stringify({ to: to.lineUserId, messages: [{ type: 'text', text: `${m.title}\n${m.body}${link ? `\n${link}` : ''}`.slice(0, 5000) }] }),
      });
      if (!res.ok) throw new Error(`LINE push answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    },
  };
}
