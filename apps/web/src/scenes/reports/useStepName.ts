import { useSteps } from '../../features/program/useProgram';
import { useNameOf } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';

/** "4. ส่งเสริมและสนับสนุนการผลิตตามแผนพัฒนากลุ่ม": a step's number and name (from the program's steps). */
export function useStepName(): (n: number) => string {
  const t = useReportsT();
  const nameOf = useNameOf();
  const steps = useSteps();
  return (n) => {
    const s = steps.data?.find((x) => x.step === n);
    return s ? `${n}. ${nameOf(s)}` : t('numbers.stepN', { n });
  };
}
