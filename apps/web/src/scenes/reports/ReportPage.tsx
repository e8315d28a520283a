import { Anchor, Button } from '@mantine/core';
import { formatMonth } from '@ntag/shared';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { useReport } from '../../features/reports/useReports';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { ReportView } from './ReportView';

/** /reports/:id: one report, as notifications and the inbox link to it, with every version's narrative. */
export function ReportPage() {
  const t = useReportsT();
  const { lang } = useLang();
  const { id } = useParams();
  const report = useReport(id);
  const r = report.data;
  return (
    <>
      <PageHeader
        title={r ? `${r.unit.nameTh} · ${formatMonth(r.period, lang)}` : t('reports.title')}
        subtitle={
          r && (
            <Anchor component={Link} to={`/reports?unit=${r.unit.code}&period=${r.period}&tab=report`} size="sm">
              {t('reports.otherMonths')}
            </Anchor>
          )
        }
      />
      {report.isPending && <Loading />}
      {isApiError(report.error, 404) ? (
        <OutOfScope message={t('reports.notFound')}>
          <Button component={Link} to="/reports" variant="light" size="xs">
            {t('reports.toReports')}
          </Button>
        </OutOfScope>
      ) : (
        report.error && <ErrorAlert error={report.error} />
      )}
      {r && <ReportView report={r} />}
    </>
  );
}
