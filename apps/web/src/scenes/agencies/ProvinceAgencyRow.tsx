import { Group, Select, Text } from '@mantine/core';
import type { Agency, AgencyProvince } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAssignProvince } from '../../features/program/useAgencies';
import { useNameOf, useT } from '../../i18n/I18nProvider';

interface Props {
  province: AgencyProvince;
  agency: Agency;
  agencies: Agency[];
  canAssign: boolean;
}

/** A province of an agency; holders of agency.assign can move it to another agency. */
export function ProvinceAgencyRow({ province, agency, agencies, canAssign }: Props) {
  const t = useT();
  const nameOf = useNameOf();
  const assign = useAssignProvince();
  const label = `${nameOf(province)} (${province.code})`;

  if (!canAssign) {
    return <Text size="sm">{label}</Text>;
  }
  return (
    <div>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
          {label}
        </Text>
        <Select
          size="xs"
          w={{ base: 150, sm: 210 }}
          aria-label={t('agencies.moveTo', { name: nameOf(province) })}
          value={agency.code}
          allowDeselect={false}
          disabled={assign.isPending}
          data={agencies.map((a) => ({ value: a.code, label: `${a.shortTh} ${a.nameTh}` }))}
          onChange={(to) => {
            if (to && to !== agency.code) assign.mutate({ provinceCode: province.code, toAgency: to, version: province.assignmentVersion });
          }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {assign.error && <ErrorAlert error={assign.error} />}
    </div>
  );
}
