import { Badge, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { ImportColumn, ImportField, ImportReport } from '../../../api/contract';
import { DataTable, type Column } from '../../../components/DataTable';
import { useImportT } from './importText';

/** Every field a column can carry, in the order an officer reads them. */
export const IMPORT_FIELDS: ImportField[] = [
  'nationalId', 'fullName', 'title', 'firstName', 'lastName', 'birthDate', 'sex', 'phone', 'address', 'houseNo', 'villageNo', 'villageName',
  'tambon', 'district', 'province', 'householdSize', 'farmerRegistryNo', 'plotArea', 'rai', 'ngan', 'wa', 'titleDeedType',
  'pondDug', 'pondYear', 'pondVolumeM3', 'activities', 'notes',
];

/**
 * The mapping on one screen: the sheet, then each column of the file with its heading, a few of
 * its values as written, and the NTAG field it goes to (or "not imported"), which the officer
 * can change before checking again.
 */
export function MappingTable({ report, fields, onField, sheet, onSheet, disabled }: {
  report: ImportReport;
  fields: Record<string, ImportField | null>;
  onField: (column: string, field: ImportField | null) => void;
  sheet: string;
  onSheet: (sheet: string) => void;
  disabled?: boolean;
}) {
  const t = useImportT();
  const fieldOptions = [{ value: '', label: t('import.notImported') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`importField.${f}`) }))];
  const taken = new Map<ImportField, number>();
  for (const f of Object.values(fields)) if (f) taken.set(f, (taken.get(f) ?? 0) + 1);
  const columns: Column<ImportColumn>[] = [
    { key: 'column', header: t('import.colLetter'), cell: (c) => c.column },
    { key: 'heading', header: t('import.heading'), cell: (c) => c.heading || <Text span c="dimmed" size="sm">{t('import.noHeading')}</Text>, primary: true },
    { key: 'samples', header: t('import.samples'), cell: (c) => <Text size="xs" c="dimmed" lineClamp={2}>{c.samples.join(' · ') || '–'}</Text> },
    {
      key: 'field', header: t('import.field'),
      cell: (c) => {
        const value = fields[c.column] ?? null;
        return (
          <Stack gap={2}>
            <NativeSelect
              aria-label={t('import.fieldOf', { column: c.heading || c.column })}
              data={fieldOptions}
              value={value ?? ''}
              onChange={(e) => onField(c.column, (e.currentTarget.value || null) as ImportField | null)}
              disabled={disabled}
              error={value && (taken.get(value) ?? 0) > 1 ? t('import.fieldTwice') : undefined}
              size="xs"
              data-testid={`map-${c.column}`}
            />
            {c.by === 'values' && value === c.field && <Text size="xs" c="dimmed">{t('import.byValues')}</Text>}
          </Stack>
        );
      },
    },
  ];
  return (
    <Stack gap="xs" data-testid="import-mapping">
      <Group gap="xs" wrap="wrap" align="end">
        {report.sheets.length > 1 && (
          <NativeSelect
            label={t('import.sheet')}
            data={report.sheets.map((s) => ({ value: s.name, label: `${s.name} (${t('import.sheetRows', { rows: s.dataRows })}${s.headingFound ? '' : `, ${t('import.sheetNoHeading')}`})` }))}
            value={sheet}
            onChange={(e) => onSheet(e.currentTarget.value)}
            disabled={disabled}
            data-testid="import-sheet"
          />
        )}
        <Text size="sm" c="dimmed">
          {report.mapping.headingRows.length
            ? t('import.headingAt', { rows: report.mapping.headingRows.join('–') })
            : t('import.headingMissing')}
        </Text>
        <Badge variant="light" color={report.mapping.source === 'saved' ? 'teal' : 'gray'}>{t(`import.source.${report.mapping.source}`)}</Badge>
      </Group>
      <div style={{ maxHeight: 520, overflowY: 'auto' }}>
        <DataTable columns={columns} rows={report.mapping.columns} rowKey={(c) => c.column} minWidth={560} caption={t('import.mapping')} />
      </div>
    </Stack>
  );
}
