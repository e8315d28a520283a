import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, CloseButton, Fieldset, Group, List, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { OUTLET_TYPE_LABELS, OUTLET_TYPES, type OutletType } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import type { SurveyFramework, SurveyQuestion } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { Loading } from '../../components/Loading';
import { StaleNotice } from '../../components/StaleNotice';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useFramework, useSaveFramework } from '../../features/markets/useMarkets';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';

/** A key for a new question: q1, q2… not yet used (answers are stored under it). */
function freshKey(questions: SurveyQuestion[]): string {
  let n = questions.length + 1;
  while (questions.some((q) => q.key === `q${n}`)) n++;
  return `q${n}`;
}

/**
 * กรอบการเก็บข้อมูลตลาด: which kinds of outlets the districts survey and what they ask at each.
 * The province sets it (survey.configure); until then the default applies. Answers are kept
 * under each question's key, so editing a question's wording keeps the answers given.
 */
export function FrameworkSection({ provinceCode }: { provinceCode: string }) {
  const t = useFieldT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'survey.configure');
  const framework = useFramework(provinceCode);
  const save = useSaveFramework(provinceCode);
  const [draft, setDraft] = useState<SurveyFramework | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = staleCurrent<SurveyFramework>(save.error);

  if (framework.isPending) return <Loading />;
  if (framework.error) return <ErrorAlert error={framework.error} />;
  const f = framework.data;
  const noTypes = !!draft && draft.outletTypes.length === 0;
  const blank = (draft?.questions ?? []).some((q) => !q.text.trim());

  const start = (from: SurveyFramework) => {
    save.reset();
    setSaved(false);
    setSubmitted(false);
    setDraft(from);
  };
  const submit = () => {
    if (!draft) return;
    setSubmitted(true);
    if (noTypes || blank) return;
    save.mutate(
      { outletTypes: draft.outletTypes, questions: draft.questions.map((q) => ({ key: q.key, text: q.text.trim() })), ...(draft.custom ? { version: draft.version } : {}) },
      {
        onSuccess: () => {
          setDraft(null);
          setSaved(true);
        },
      },
    );
  };

  return (
    <Fieldset legend={t('markets.framework')} radius="md">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light" color={f.custom ? 'ntag' : 'gray'}>
            {f.custom ? t('markets.frameworkSet') : t('markets.frameworkDefault')}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('markets.frameworkHint')}
          </Text>
        </Group>
        {saved && (
          <Alert color="ntag" variant="light" role="status" py={6}>
            {t('common.saved')}
          </Alert>
        )}
        {!draft ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <div>
                <Text size="sm" fw={600} mb={4}>
                  {t('markets.outletTypes')}
                </Text>
                <Group gap={6}>
                  {f.outletTypes.map((ty) => (
                    <Badge key={ty} variant="outline" color="orange" tt="none">
                      {OUTLET_TYPE_LABELS[ty][lang]}
                    </Badge>
                  ))}
                </Group>
              </div>
              <div>
                <Text size="sm" fw={600} mb={4}>
                  {t('markets.questions')}
                </Text>
                {f.questions.length ? (
                  <List size="sm" type="ordered" spacing={2}>
                    {f.questions.map((q) => (
                      <List.Item key={q.key}>{q.text}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('markets.noQuestions')}
                  </Text>
                )}
              </div>
            </SimpleGrid>
            {canEdit && (
              <Group>
                <Button variant="light" onClick={() => start(f)}>
                  {t('markets.editFramework')}
                </Button>
              </Group>
            )}
          </>
        ) : (
          <Stack gap="sm">
            {current && (
              <StaleNotice onUseCurrent={() => start(current)}>
                {t('rec.staleHint')} {current.outletTypes.map((ty) => OUTLET_TYPE_LABELS[ty][lang]).join(', ')}
              </StaleNotice>
            )}
            {!!save.error && !current && <ErrorAlert error={save.error} />}
            <Checkbox.Group
              label={t('markets.outletTypes')}
              description={t('markets.outletTypesHint')}
              value={draft.outletTypes}
              onChange={(v) => setDraft({ ...draft, outletTypes: OUTLET_TYPES.filter((ty) => v.includes(ty)) as OutletType[] })}
              error={submitted && noTypes ? t('markets.typesRequired') : undefined}
            >
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing={6} verticalSpacing={10} mt={6}>
                {OUTLET_TYPES.map((ty) => (
                  <Checkbox key={ty} value={ty} label={OUTLET_TYPE_LABELS[ty][lang]} size="md" />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <div>
              <Text size="sm" fw={500}>
                {t('markets.questions')}
              </Text>
              <Text size="xs" c="dimmed" mb={6}>
                {t('markets.questionsHint')}
              </Text>
              <Stack gap={6}>
                {draft.questions.map((q, i) => (
                  <Group key={q.key} gap={6} wrap="nowrap" align="flex-start">
                    <Text size="sm" c="dimmed" w={20} pt={8} ta="right">
                      {i + 1}.
                    </Text>
                    <TextInput
                      style={{ flex: 1 }}
                      aria-label={t('markets.questionN', { n: i + 1 })}
                      value={q.text}
                      onChange={(e) => setDraft({ ...draft, questions: draft.questions.map((x, j) => (j === i ? { ...x, text: e.currentTarget.value } : x)) })}
                      error={submitted && !q.text.trim() ? t('rec.required') : undefined}
                      maxLength={300}
                    />
                    <CloseButton mt={4} aria-label={t('markets.removeQuestion', { n: i + 1 })} onClick={() => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })} />
                  </Group>
                ))}
              </Stack>
              <Button mt="xs" variant="light" size="xs" disabled={draft.questions.length >= 30} onClick={() => setDraft({ ...draft, questions: [...draft.questions, { key: freshKey(draft.questions), text: '' }] })}>
                {t('markets.addQuestion')}
              </Button>
            </div>
            <FormButtons onCancel={() => setDraft(null)} pending={save.isPending} disabled={!!current} label={t('markets.saveFramework')} onSubmit={submit} gap="sm" />
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}
