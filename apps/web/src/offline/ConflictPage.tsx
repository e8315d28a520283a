import { useState } from 'react';
import { Alert, Button, Group, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { useOfflineT, type OfflineKey } from '../i18n/offline';
import { db } from './db';
import { conflictFields, conflictMerge as mergeChoice, same, show } from './merge';
import { dropItem, resolveConflict } from './outbox';

/** /outbox/:id — both versions side by side; keep mine, take the server's, or merge field by field. */
export function ConflictPage() {
  const t = useOfflineT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const item = useLiveQuery(() => db.outbox.get(id), [id]);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'server'>>({});
  const [nationalId, setNationalId] = useState<string | null>(null);
  if (item === undefined) return null;
  if (!item || item.state !== 'conflict') {
    return (
      <Stack>
        <Title order={2}>{t('off.conflictTitle')}</Title>
        <Text>
          <Link to="/outbox">{t('off.outboxTitle')}</Link>
        </Text>
      </Stack>
    );
  }
  const done = () => navigate('/outbox');
  const serverVersion = typeof item.current?.version === 'number' ? item.current.version : undefined;

  if (item.kind === 'farmer' && item.error?.code === 'farmer.duplicate_national_id') {
    const place = item.error.registeredIn;
    return (
      <Stack maw={640}>
        <Title order={2}>{t('off.conflictTitle')}</Title>
        <Alert color="orange" role="alert" data-testid="duplicate-farmer">
          {t('off.duplicateFarmer', { tambon: place?.tambon?.nameTh ?? '–', district: place?.district?.nameTh ?? '–', province: place?.province?.nameTh ?? '–' })}
        </Alert>
        <Text size="sm">{item.label}</Text>
        <Text size="sm" c="dimmed">
          {t('off.duplicateFarmerHint')}
        </Text>
        <TextInput label={t('off.nationalId')} value={nationalId ?? String(item.body.nationalId ?? '')} onChange={(e) => setNationalId(e.currentTarget.value)} inputMode="numeric" />
        <Group>
          <Button onClick={() => void resolveConflict(item.id, { ...item.body, nationalId: nationalId ?? item.body.nationalId }, undefined).then(done)}>{t('off.resend')}</Button>
          <Button variant="default" color="red" onClick={() => void dropItem(item.id).then(done)}>
            {t('off.remove')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const fields = conflictFields(item);
  /** A field's name on screen: the entry form's label where there is one. */
  const FIELD_KEYS: Record<string, OfflineKey> = {
    date: 'off.date', product: 'off.product', quantity: 'off.quantity', unit: 'off.unit', value: 'off.value', channel: 'off.channel', topic: 'off.topic', notes: 'off.notes',
    nationalId: 'off.nationalId', firstName: 'off.firstName', lastName: 'off.lastName', name: 'off.f.name', type: 'off.f.type', address: 'off.f.address',
    attendeeIds: 'off.f.attendeeIds', farmerId: 'off.f.farmerId', uses: 'off.f.uses', period: 'off.f.period',
  };
  const label = (k: string) => (FIELD_KEYS[k] ? t(FIELD_KEYS[k]) : k);
  const pick = (k: string) => choice[k] ?? 'mine';
  return (
    <Stack maw={900}>
      <Title order={2}>{t('off.conflictTitle')}</Title>
      <Text size="sm">
        {t(`off.kind.${item.kind}`)}: {item.label}
      </Text>
      <Alert color="grape" variant="light">
        {t('off.conflictHint')}
      </Alert>
      <Table.ScrollContainer minWidth={320}>
        <Table withTableBorder data-testid="conflict-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('off.field')}</Table.Th>
              <Table.Th>{t('off.mine')}</Table.Th>
              <Table.Th>{t('off.server')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((k) => {
              const differs = !same(item.body[k], item.current?.[k]);
              return (
                <Table.Tr key={k} bg={differs ? 'yellow.0' : undefined} data-field={k}>
                  <Table.Td>{label(k)}</Table.Td>
                  <Table.Td>
                    <Radio
                      name={`c-${k}`}
                      label={show(item.body[k])}
                      checked={pick(k) === 'mine'}
                      onChange={() => setChoice({ ...choice, [k]: 'mine' })}
                      disabled={!differs}
                      aria-label={`${label(k)}: ${t('off.mine')}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Radio
                      name={`c-${k}`}
                      label={show(item.current?.[k])}
                      checked={pick(k) === 'server'}
                      onChange={() => setChoice({ ...choice, [k]: 'server' })}
                      disabled={!differs}
                      aria-label={`${label(k)}: ${t('off.server')}`}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button onClick={() => void resolveConflict(item.id, mergeChoice(item, choice), serverVersion).then(done)} data-testid="save-merge">
          {t('off.saveMerge')}
        </Button>
        <Button variant="light" onClick={() => void resolveConflict(item.id, item.body, serverVersion).then(done)}>
          {t('off.keepMine')}
        </Button>
        <Button variant="default" onClick={() => void dropItem(item.id).then(done)}>
          {t('off.takeServer')}
        </Button>
      </Group>
    </Stack>
  );
}
