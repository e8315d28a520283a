import { useState } from 'react';
import { Modal, MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { PARTNER_SECTORS, PARTNER_SECTOR_LABELS, todayIso, type PartnerSector } from '@ntag/shared';
import type { Partner } from '../../api/contract';
import { newId } from '../../api/newId';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useGroupList } from '../../features/groups/useGroups';
import { useSavePartner } from '../../features/plan/usePlan';
import { useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/** A partner of the province (step 7): who, which sector, what it supports, for which of its groups, from when. */
export function PartnerModal({ province, partner, onClose }: { province: string; partner: Partner | null; onClose: () => void }) {
  const t = usePlanT();
  const { lang } = useLang();
  const save = useSavePartner();
  const groups = useGroupList({ unit: province });
  const [id] = useState(() => partner?.id ?? newId());
  const [name, setName] = useState(partner?.name ?? '');
  const [sector, setSector] = useState<PartnerSector>(partner?.sector ?? 'public');
  const [support, setSupport] = useState(partner?.support ?? '');
  const [groupIds, setGroupIds] = useState<string[]>(partner?.groupIds ?? []);
  const [from, setFrom] = useState<string | null>(partner?.from ?? todayIso());
  const [to, setTo] = useState<string | null>(partner?.to ?? null);
  const errors = useFieldErrors(save.error);
  const valid = name.trim() && support.trim() && from;
  return (
    <Modal opened onClose={onClose} title={partner ? t('partners.edit') : t('partners.add')} size="lg">
      <form onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        save.mutate({ id, version: partner?.version, input: { provinceCode: province, name: name.trim(), sector, support: support.trim(), groupIds, from: from!, to } }, { onSuccess: onClose });
      }}>
        <Stack gap="sm">
          {!!save.error && <ErrorAlert error={save.error} hideIssues />}
          <TextInput label={t('partners.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={300} error={errors.name} data-autofocus />
          <Select label={t('partners.sector')} value={sector} onChange={(v) => v && setSector(v as PartnerSector)} allowDeselect={false}
            data={PARTNER_SECTORS.map((s) => ({ value: s, label: PARTNER_SECTOR_LABELS[s][lang] }))} error={errors.sector} comboboxProps={{ withinPortal: true }} />
          <Textarea label={t('partners.support')} value={support} onChange={(e) => setSupport(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} error={errors.support} />
          <MultiSelect label={t('partners.groups')} value={groupIds} onChange={setGroupIds} searchable clearable
            data={(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.tambon.nameTh})` }))} error={errors.groupIds ?? Object.entries(errors).find(([k]) => k.startsWith('groupIds.'))?.[1]} comboboxProps={{ withinPortal: true }} />
          <BeDateInput label={t('partners.from')} value={from} onChange={setFrom} required error={errors.from} />
          <BeDateInput label={t('partners.to')} value={to} onChange={setTo} error={errors.to} />
          <FormButtons onCancel={onClose} pending={save.isPending} disabled={!valid} />
        </Stack>
      </form>
    </Modal>
  );
}
