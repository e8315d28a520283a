import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Divider, Group, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { BUYER_TYPE_LABELS, ENQUIRY_DECISIONS, ENQUIRY_DECISION_LABELS, ENQUIRY_STATUS_LABELS, QUANTITY_UNIT_LABELS, formatDateTime, todayIso, type EnquiryDecision } from '@ntag/shared';
import { Link } from 'react-router';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NumberField, parseNumber } from '../../components/NumberField';
import { ThaiDate } from '../../components/ThaiDate';
import { useFieldErrors } from '../../components/useFieldErrors';
import { hasPermission, useMe } from '../../features/auth/useMe';
import type { Enquiry } from '../../api/contract';
import { useAnswer, useDeliver, useEnquiry, useReview } from '../../features/market/useMarket';
import { useProductName } from '../../features/production/useProduction';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useMarketT, type MarketKey } from '../../i18n/market';

const AUTHOR: Record<string, MarketKey> = { buyer: 'mk.fromBuyer', group: 'mk.fromGroup', officer: 'mk.fromOfficer', system: 'mk.fromSystem' };

/**
 * One enquiry: what the buyer asked, their contact (for the group and its district, each view
 * audited by the API), the thread, and what can be done now — answer, record the delivery
 * (which becomes the group's sale), or, for the district, release or reject a held one.
 */
export function EnquiryModal({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useMarketT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const enquiry = useEnquiry(id);
  const productName = useProductName();
  const e = enquiry.data;
  return (
    <Modal opened onClose={onClose} title={e ? `${productName(e)} ${formatNumber(e.quantity)} ${QUANTITY_UNIT_LABELS[e.unit][lang]}` : '…'} size="lg">
      {enquiry.isPending && <Loading />}
      {enquiry.error && <ErrorAlert error={enquiry.error} />}
      {e && (
        <Stack gap="sm" data-testid="enquiry" data-status={e.status}>
          <Group gap="xs">
            <Badge variant="light">{ENQUIRY_STATUS_LABELS[e.status][lang]}</Badge>
            {e.late && <Badge color="red">{t('mk.late')}</Badge>}
            <Text size="sm" c="dimmed">{e.groupName}</Text>
          </Group>
          <SimpleGrid cols={{ base: 2 }} spacing="xs">
            <Text size="sm">{t('mk.buyerType')}: {BUYER_TYPE_LABELS[e.buyerType][lang]}</Text>
            <Text size="sm">{t('mk.wanted')}: {e.wantedOn ? <ThaiDate value={e.wantedOn} /> : '–'}</Text>
            <Text size="sm">{t('mk.received')}: {formatDateTime(e.receivedAt ?? e.createdAt, lang)}</Text>
          </SimpleGrid>
          {e.buyer ? (
            <Paper withBorder p="xs" radius="sm">
              <Text size="xs" c="dimmed">{t('mk.buyer')}</Text>
              {e.buyer.contact === null && e.buyer.name === null ? (
                <Text size="sm">{t('mk.purged')}</Text>
              ) : (
                <>
                  <Text size="sm">{t('mk.buyerName')}: {e.buyer.name}</Text>
                  <Text size="sm">{t('mk.buyerContact')}: <b>{e.buyer.contact}</b></Text>
                  {e.buyer.deliveryPlace && <Text size="sm">{t('mk.deliveryPlace')}: {e.buyer.deliveryPlace}</Text>}
                </>
              )}
            </Paper>
          ) : (
            <Text size="xs" c="dimmed">{t('mk.hiddenContact')}</Text>
          )}
          <Divider label={t('mk.thread')} labelPosition="left" />
          <Stack gap={6}>
            {(e.messages ?? []).map((m, i) => (
              <Paper key={i} p="xs" radius="sm" bg={m.author === 'buyer' ? 'blue.0' : 'gray.0'}>
                <Text size="xs" c="dimmed">{t(AUTHOR[m.author] ?? 'mk.fromSystem')} · {formatDateTime(m.createdAt, lang)}</Text>
                {m.decision && <Text size="sm" fw={700}>{decisionLabel(m.decision, lang, t)}</Text>}
                {m.body && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{m.body}</Text>}
              </Paper>
            ))}
          </Stack>
          {e.status === 'held' && hasPermission(me, 'enquiry.review') && <Review enquiry={e} />}
          {['new', 'countered', 'accepted'].includes(e.status) && hasPermission(me, 'enquiry.answer') && <Answer enquiry={e} />}
          {e.status === 'accepted' && hasPermission(me, 'enquiry.answer') && hasPermission(me, 'sales.write') && <Delivered enquiry={e} />}
          {e.transactionId && (
            <Alert color="green">
              {t('mk.saleRecorded')} — <Anchor component={Link} to={`/groups/${e.groupId}/sales`}>{t('mk.openSale')}</Anchor>
            </Alert>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function decisionLabel(d: string, lang: 'th' | 'en', t: ReturnType<typeof useMarketT>): string {
  if ((ENQUIRY_DECISIONS as readonly string[]).includes(d)) return ENQUIRY_DECISION_LABELS[d as EnquiryDecision][lang];
  if (d === 'delivered') return t('mk.deliveredMsg');
  return ENQUIRY_STATUS_LABELS[d === 'cancel' ? 'cancelled' : d === 'accept_counter' ? 'accepted' : 'new']?.[lang] ?? d;
}

function Answer({ enquiry }: { enquiry: Enquiry }) {
  const t = useMarketT();
  const { lang } = useLang();
  const answer = useAnswer();
  const choices = enquiry.status === 'accepted' ? (['decline'] as const) : ENQUIRY_DECISIONS;
  const [decision, setDecision] = useState<EnquiryDecision>(choices[0]);
  const [message, setMessage] = useState('');
  const errors = useFieldErrors(answer.error);
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600}>{t('mk.answer')}</Text>
        <SegmentedControl fullWidth value={decision} onChange={(v) => setDecision(v as EnquiryDecision)} data={choices.map((c) => ({ value: c, label: ENQUIRY_DECISION_LABELS[c][lang] }))} />
        <Textarea label={t('mk.message')} description={t('mk.messageHint')} value={message} onChange={(ev) => setMessage(ev.currentTarget.value)} error={errors.message} autosize minRows={2} maxLength={2000} />
        {!!answer.error && !errors.message && <ErrorAlert error={answer.error} />}
        <Button loading={answer.isPending} onClick={() => answer.mutate({ id: enquiry.id, decision, message: message.trim() || null }, { onSuccess: () => setMessage('') })}>{t('mk.send')}</Button>
      </Stack>
    </Paper>
  );
}

function Delivered({ enquiry }: { enquiry: Enquiry }) {
  const t = useMarketT();
  const deliver = useDeliver();
  const [date, setDate] = useState<string | null>(todayIso());
  const [quantity, setQuantity] = useState(String(enquiry.quantity));
  const [value, setValue] = useState('');
  const errors = useFieldErrors(deliver.error);
  const q = parseNumber(quantity);
  const v = parseNumber(value);
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600}>{t('mk.delivered')}</Text>
        <Text size="xs" c="dimmed">{t('mk.deliveredHint')}</Text>
        <BeDateInput label={t('mk.deliveredOn')} value={date} onChange={setDate} max={todayIso()} error={errors.date} required />
        <SimpleGrid cols={2} spacing="xs">
          <NumberField label={t('mk.quantity')} value={quantity} onChange={setQuantity} error={errors.quantity} required />
          <NumberField label={t('mk.value')} value={value} onChange={setValue} error={errors.value} required />
        </SimpleGrid>
        {!!deliver.error && !Object.keys(errors).length && <ErrorAlert error={deliver.error} />}
        <Button color="green" loading={deliver.isPending} disabled={!date || !q || v === null || Number.isNaN(v)} onClick={() => deliver.mutate({ id: enquiry.id, date: date!, quantity: q!, value: v! })}>
          {t('mk.delivered')}
        </Button>
      </Stack>
    </Paper>
  );
}

function Review({ enquiry }: { enquiry: Enquiry }) {
  const t = useMarketT();
  const review = useReview();
  return (
    <Alert color="yellow" title={t('mk.review')}>
      <Text size="sm" mb="xs">{enquiry.holdReason === 'link' ? t('mk.holdLink') : t('mk.holdSpam')}</Text>
      <Group gap="xs">
        <Button size="compact-sm" loading={review.isPending} onClick={() => review.mutate({ id: enquiry.id, decision: 'release' })}>{t('mk.release')}</Button>
        <Button size="compact-sm" color="red" variant="light" loading={review.isPending} onClick={() => review.mutate({ id: enquiry.id, decision: 'reject' })}>{t('mk.reject')}</Button>
      </Group>
      {!!review.error && <ErrorAlert error={review.error} />}
    </Alert>
  );
}
