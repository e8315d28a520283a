import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

interface Props {
  onCancel: () => void;
  pending: boolean;
  disabled?: boolean;
  /** The submit button's text ("บันทึก" unless given). */
  label?: string;
  /** For a form with no <form> element: the button saves by this instead of submitting. */
  onSubmit?: () => void;
  gap?: MantineSpacing;
}

/**
 * "ยกเลิก" and the submit button at the foot of a dialog or an inline edit form, right-aligned:
 * the same pair in every dialog of the app.
 */
export function FormButtons({ onCancel, pending, disabled, label, onSubmit, gap }: Props) {
  const t = useT();
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type={onSubmit ? 'button' : 'submit'} onClick={onSubmit} loading={pending} disabled={disabled}>
        {label ?? t('common.save')}
      </Button>
    </Group>
  );
}
