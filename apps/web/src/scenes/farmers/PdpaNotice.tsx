import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/th';

/*
 * Privacy notice (PDPA, พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) shown where farmers' personal
 * data is entered. The wording (keys `pdpa.*` in th.ts / en.ts) is a draft written by the
 * developers from what the system actually does (who sees what, masking, audit); it is NOT
 * legal text. It MUST be reviewed and confirmed by the Ministry of Agriculture and
 * Cooperatives' Data Protection Officer (DPO) before production use, including the legal
 * basis (section 24(4)), the retention period and the contact channel.
 */
const POINTS: MessageKey[] = ['pdpa.data', 'pdpa.purpose', 'pdpa.access', 'pdpa.masking', 'pdpa.retention', 'pdpa.rights', 'pdpa.contact'];

/** The notice: a short summary always visible, the details one tap away (a phone screen is short). */
export function PdpaNotice({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Paper withBorder p="sm" radius="md" bg="blue.0" component="section" aria-labelledby="pdpa-title" data-testid="pdpa-notice">
      <Title order={3} size="h5" id="pdpa-title" mb={4}>
        {t('pdpa.title')}
      </Title>
      <Text size="sm">{t('pdpa.summary')}</Text>
      {open && (
        <List size="sm" spacing={4} mt="xs" withPadding>
          {POINTS.map((k) => (
            <List.Item key={k}>{t(k)}</List.Item>
          ))}
        </List>
      )}
      <Anchor component="button" type="button" size="sm" mt={4} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('pdpa.less') : t('pdpa.more')}
      </Anchor>
    </Paper>
  );
}
