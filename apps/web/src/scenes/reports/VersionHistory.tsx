import { Badge, Group, Spoiler, Stack, Text } from '@mantine/core';
import { NARRATIVE_FIELDS, NARRATIVE_LABELS, formatDateTime } from '@ntag/shared';
import { unbroken } from '../../features/reports/format';
import type { ReportVersion } from '../../api/contract';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { Section } from './ReportNumbers';

/**
 * Every submission stays readable: who sent it and when, who accepted or returned it, and
 * why; with GET /api/reports/:id also the narrative as it was sent.
 */
export function VersionHistory({ versions }: { versions: ReportVersion[] }) {
  const t = useReportsT();
  const { lang } = useLang();
  const who = (name: string | null) => name ?? t('history.someone');
  return (
    <Section title={t('history.title')} testId="report-history">
      {!versions.length ? (
        <Text c="dimmed" size="sm">
          {t('history.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {[...versions].reverse().map((v) => (
            <Stack key={v.number} gap={2} component="li" data-testid="report-version" data-version={v.number} style={{ borderInlineStart: '3px solid var(--mantine-color-gray-3)', paddingInlineStart: 10 }}>
              <Group gap="xs" wrap="wrap">
                <Text fw={700} size="sm">
                  {t('history.version', { n: v.number })}
                </Text>
                {v.decision && (
                  <Badge size="sm" color={v.decision === 'accepted' ? 'ntag' : 'orange'} style={{ textTransform: 'none' }}>
                    {t(v.decision === 'accepted' ? 'history.accepted' : 'history.returned')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">{t('history.submitted', { who: who(v.submittedBy), when: unbroken(formatDateTime(v.submittedAt, lang)) })}</Text>
              {v.decision && v.decidedAt && (
                <Text size="sm">
                  {t(v.decision === 'accepted' ? 'history.acceptedBy' : 'history.returnedBy', { who: who(v.decidedBy), when: unbroken(formatDateTime(v.decidedAt, lang)) })}
                </Text>
              )}
              {v.reason && (
                <Text size="sm" c="orange.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {t('history.reason')}: {v.reason}
                </Text>
              )}
              {v.narrative && Object.values(v.narrative).some(Boolean) && (
                <Spoiler maxHeight={0} showLabel={t('history.showNarrative')} hideLabel={t('history.hideNarrative')}>
                  <Stack gap={4} pt={4}>
                    {NARRATIVE_FIELDS.filter((f) => v.narrative?.[f]).map((f) => (
                      <Text key={f} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        <Text span fw={600} size="sm">
                          {NARRATIVE_LABELS[f][lang]}:
                        </Text>{' '}
                        {v.narrative?.[f]}
                      </Text>
                    ))}
                  </Stack>
                </Spoiler>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}
