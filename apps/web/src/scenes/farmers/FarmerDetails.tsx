import { Anchor, Badge, Button, Fieldset, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ACTIVITY_LABELS, TITLE_DEED_LABELS, toRaiNganWa } from '@ntag/shared';
import type { Farmer } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field, Fields } from '../../components/Fields';
import { formatNationalId, shownNationalId } from '../../components/NationalIdInput';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useRevealNationalId } from '../../features/farmers/useFarmers';
import { formatNumber, useLang, useNameOf, useT } from '../../i18n/I18nProvider';
import { useShellT } from '../../i18n/shell';
import { formatPhone } from './format';

/** The record read-only, in the sections of the form. */
export function FarmerDetails({ farmer: f }: { farmer: Farmer }) {
  const t = useShellT();
  const { data: me } = useMe();
  const { lang } = useLang();
  const nameOf = useNameOf();
  const land = f.plotAreaSqm === null ? null : toRaiNganWa(f.plotAreaSqm);
  const address = [
    f.houseNo && t('farmers.houseNoValue', { no: f.houseNo }),
    f.villageNo !== null && t('farmers.villageNoValue', { no: f.villageNo }),
    f.villageName && t('farmers.villageNameValue', { name: f.villageName }),
  ].filter(Boolean);

  return (
    <Stack gap="md">
      <Fieldset legend={t('farmers.section.person')} radius="md">
        <Fields>
          <Field label={t('farmers.nationalId')}>
            <NationalIdValue farmer={f} />
          </Field>
          <Field label={t('farmers.birthDate')}>
            <ThaiDate value={f.birthDate} style="long" />
          </Field>
          <Field label={t('farmers.sex')}>{f.sex ? t(`farmers.sex.${f.sex}`) : '–'}</Field>
          <Field label={t('farmers.phone')}>{formatPhone(f.phone)}</Field>
          <Field label={t('farmers.householdSize')}>{f.householdSize !== null ? `${f.householdSize} ${t('farmers.persons')}` : '–'}</Field>
          <Field label={t('farmers.farmerRegistryNo')}>{f.farmerRegistryNo ?? '–'}</Field>
          <Field label={t('farmers.group')}>
            {f.groupId ? (
              <Group gap="xs" wrap="wrap">
                <Badge variant="light">{t('farmers.inGroup')}</Badge>
                {hasPermission(me, 'group.read') && (
                  <Anchor component={Link} to={`/groups/${f.groupId}`} size="sm">
                    {t('farmers.openGroup')}
                  </Anchor>
                )}
              </Group>
            ) : (
              <Text size="sm" c="dimmed" span>
                {t('farmers.noGroup')}
              </Text>
            )}
          </Field>
        </Fields>
      </Fieldset>

      <Fieldset legend={t('farmers.section.address')} radius="md">
        <Fields>
          <Field label={t('farmers.address')}>{address.length ? address.join(' ') : '–'}</Field>
          <Field label={t('kind.tambon')}>{nameOf(f.tambon)}</Field>
          <Field label={t('kind.district')}>{nameOf(f.district)}</Field>
          <Field label={t('kind.province')}>{nameOf(f.province)}</Field>
        </Fields>
      </Fieldset>

      <Fieldset legend={t('farmers.section.land')} radius="md">
        <Fields>
          <Field label={t('farmers.plotArea')}>
            {land ? `${t('farmers.rngw', land)} (${t('farmers.sqm', { sqm: formatNumber(f.plotAreaSqm!) })})` : '–'}
          </Field>
          <Field label={t('farmers.titleDeedType')}>{f.titleDeedType ? TITLE_DEED_LABELS[f.titleDeedType][lang] : '–'}</Field>
          <Field label={t('farmers.pond')}>
            {f.pondDug ? (f.pondYear ? t('farmers.pondDugIn', { year: f.pondYear }) : t('farmers.pondDugShort')) : t('farmers.pondNotDug')}
            {f.pondDug && f.pondVolumeM3 !== null && ` · ${t('farmers.m3', { v: formatNumber(f.pondVolumeM3) })}`}
          </Field>
        </Fields>
      </Fieldset>

      <Fieldset legend={t('farmers.section.activities')} radius="md">
        {f.activities.length ? (
          <List size="sm" spacing={2}>
            {f.activities.map((a, i) => (
              <List.Item key={i}>
                {ACTIVITY_LABELS[a.kind][lang]}
                {a.detail ? `: ${a.detail}` : ''}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common.none')}
          </Text>
        )}
      </Fieldset>

      <Fieldset legend={t('farmers.section.notes')} radius="md">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={f.notes ? undefined : 'dimmed'}>
          {f.notes ?? t('common.none')}
        </Text>
      </Fieldset>

      <Text size="xs" c="dimmed">
        {t('farmers.createdAt')} <ThaiDate value={f.createdAt} withTime /> · {t('farmers.updatedAt')} <ThaiDate value={f.updatedAt} withTime />
      </Text>
    </Stack>
  );
}

/**
 * The id as this caller may see it. Oversight roles (ministry, host agency) see it masked and
 * may reveal one at a time; the API writes each reveal to the audit log, and the screen says so.
 */
function NationalIdValue({ farmer: f }: { farmer: Farmer }) {
  const t = useT();
  const { data: me } = useMe();
  const reveal = useRevealNationalId();
  const revealed = reveal.data?.nationalId;
  const canReveal = f.nationalIdMasked && hasPermission(me, 'farmer.reveal_id');
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm" span ff="monospace" data-testid="national-id">
        {revealed ? formatNationalId(revealed) : shownNationalId(f)}
      </Text>
      {canReveal && !revealed && (
        <Group gap="xs" wrap="wrap">
          <Button size="compact-sm" variant="light" onClick={() => reveal.mutate(f.id)} loading={reveal.isPending}>
            {t('farmers.revealId')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('farmers.revealAudited')}
          </Text>
        </Group>
      )}
      {revealed && (
        <Text size="xs" c="dimmed">
          {t('farmers.revealedNote')}
        </Text>
      )}
      {!!reveal.error && <ErrorAlert error={reveal.error} />}
    </Stack>
  );
}
