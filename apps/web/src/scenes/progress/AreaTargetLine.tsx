import { Text } from '@mantine/core';
import type { Progress } from '../../api/contract';
import { formatNumber } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/** The area's own target beside its groups' progress (issue 13): target tambons with a group, and groups outside the targets. */
export function AreaTargetLine({ targets }: { targets: Progress['targets'] }) {
  const t = usePlanT();
  return (
    <Text size="sm" data-testid="progress-target" data-targets={targets.areaTambons} data-covered={targets.areaTambonsWithGroup}>
      {t('dash.areaTarget')}: {targets.areaTambons ? t('dash.areaTargetValue', { covered: formatNumber(targets.areaTambonsWithGroup), targets: formatNumber(targets.areaTambons) }) : t('dash.noAreaTarget')}
      {targets.groupsOutsideTargets > 0 && ` · ${t('dash.outsideTargets', { count: formatNumber(targets.groupsOutsideTargets) })}`}
    </Text>
  );
}
