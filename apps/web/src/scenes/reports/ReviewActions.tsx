import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { formatMonth } from '@ntag/shared';
import { useReportAction } from '../../features/reports/useReports';
import type { Report } from '../../api/contract';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { ConfirmModal } from './ConfirmModal';
import { ReturnModal } from './ReturnModal';

/** The level above: accept the submitted report, or return it with a reason. */
export function ReviewActions({ report, onDone }: { report: Report; onDone: (what: 'accepted' | 'returned') => void }) {
  const t = useReportsT();
  const { lang } = useLang();
  const act = useReportAction();
  const [open, setOpen] = useState<'accept' | 'return' | null>(null);
  const close = () => {
    act.reset();
    setOpen(null);
  };
  return (
    <>
      <Group gap="sm" wrap="wrap">
        <Button onClick={() => setOpen('accept')}>{t('review.accept')}</Button>
        <Button color="orange" variant="light" onClick={() => setOpen('return')}>
          {t('review.return')}
        </Button>
      </Group>
      {open === 'accept' && (
        <ConfirmModal
          title={t('review.acceptTitle')}
          confirmLabel={t('review.accept')}
          busy={act.isPending}
          error={act.error}
          onClose={close}
          onConfirm={() =>
            act.mutate(
              { id: report.id, action: 'accept', version: report.version },
              {
                onSuccess: () => {
                  close();
                  onDone('accepted');
                },
              },
            )
          }
        >
          {t('review.acceptBody', { unit: report.unit.nameTh, month: formatMonth(report.period, lang) })}
        </ConfirmModal>
      )}
      {open === 'return' && (
        <ReturnModal
          report={report}
          onClose={close}
          onDone={() => {
            close();
            onDone('returned');
          }}
        />
      )}
    </>
  );
}
