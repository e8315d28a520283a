import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { formatMonth } from '@ntag/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useReportAction } from '../../features/reports/useReports';
import type { Report } from '../../api/contract';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';

/** The level above returns a report for correction; the reason is required and reaches the unit's home page. */
export function ReturnModal({ report, onClose, onDone }: { report: Report; onClose: () => void; onDone: () => void }) {
  const t = useReportsT();
  const { lang } = useLang();
  const act = useReportAction();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const server = useFieldErrors(act.error);
  const tooShort = reason.trim().length < 3;
  const error = (tried && tooShort ? t('return.reasonRequired') : undefined) ?? server.reason;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (tooShort) return;
    act.mutate({ id: report.id, action: 'return', version: report.version, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <Modal opened onClose={onClose} title={t('return.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('return.hint', { unit: report.unit.nameTh, month: formatMonth(report.period, lang) })}</Text>
          <Textarea
            label={t('return.reason')}
            description={t('return.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          {!!act.error && <ErrorAlert error={act.error} hideIssues />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={act.isPending}>
              {t('return.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
