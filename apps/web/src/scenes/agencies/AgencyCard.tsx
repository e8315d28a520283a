import { Badge, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Agency, Region } from '../../api/contract';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { ProvinceAgencyRow } from './ProvinceAgencyRow';

interface Props {
  agency: Agency;
  agencies: Agency[];
  region: Region | undefined;
  canAssign: boolean;
}

/** One host agency: names, region, province count, and its provinces on demand. */
export function AgencyCard({ agency, agencies, region, canAssign }: Props) {
  const t = useT();
  const nameOf = useNameOf();
  const [open, { toggle }] = useDisclosure(false);
  const listId = `agency-${agency.code}-provinces`;

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={3} size="h4">
            {agency.shortTh} · {agency.nameTh}
          </Title>
          <Text size="sm" c="dimmed">
            {agency.nameEn} ({agency.code})
          </Text>
          {region && (
            <Text size="sm">
              {t('agencies.region')}: {nameOf(region)}
            </Text>
          )}
        </div>
        <Badge size="lg" variant="light" style={{ flexShrink: 0 }}>
          {t('agencies.provinceCount', { count: agency.provinceCount })}
        </Badge>
      </Group>
      <Button variant="subtle" size="compact-sm" mt="sm" onClick={toggle} aria-expanded={open} aria-controls={listId} px={0}>
        {open ? t('agencies.hideProvinces') : t('agencies.showProvinces')}
      </Button>
      <Collapse expanded={open} id={listId}>
        <Stack gap={6} mt="xs">
          {agency.provinces.map((p) => (
            <ProvinceAgencyRow key={p.code} province={p} agency={agency} agencies={agencies} canAssign={canAssign} />
          ))}
        </Stack>
      </Collapse>
    </Paper>
  );
}
