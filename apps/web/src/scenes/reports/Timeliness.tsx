import { Text } from '@mantine/core';
import { formatDate, todayIso } from '@ntag/shared';
import { daysBetween } from '../../features/reports/period';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';

interface Props {
  dueOn: string;
  /** Null until the first submission. */
  onTime: boolean | null;
  submitted: boolean;
}

/** "กำหนดส่ง 5 พ.ย. 2569 · ส่งตรงเวลา" / "· ส่งล่าช้า" / "· เลยกำหนด 21 วัน". */
export function Timeliness({ dueOn, onTime, submitted }: Props) {
  const t = useReportsT();
  const { lang } = useLang();
  const late = daysBetween(dueOn, todayIso());
  const [text, colour] =
    onTime === true
      ? [t('time.onTime'), 'ntag.8']
      : onTime === false
        ? [t('time.late'), 'red.8']
        : !submitted && late > 0
          ? [t('time.overdue', { days: late }), 'red.8']
          : [t('time.notYet'), 'dimmed'];
  return (
    <Text size="sm" span data-testid="report-timeliness">
      {t('time.due', { date: formatDate(dueOn, lang) })} ·{' '}
      <Text span size="sm" c={colour} fw={600}>
        {text}
      </Text>
    </Text>
  );
}
