import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { CohortsSection } from './CohortsSection';
import { DeadlinesSection } from './DeadlinesSection';
import { StepsSection } from './StepsSection';
import { TargetsSection } from './TargetsSection';
import { TargetTambonsSection } from './TargetTambonsSection';

/** The operational plan: targets, cohorts, their target tambons, the seven-step calendar, report deadlines. */
export function ProgramPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('program.title')} />
      <Stack gap="xl">
        <TargetsSection />
        <CohortsSection />
        <TargetTambonsSection />
        <StepsSection />
        <DeadlinesSection />
      </Stack>
    </>
  );
}
