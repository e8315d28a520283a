import { useState } from 'react';
import { ActionIcon, Button, Chip, CloseButton, FileButton, Group, Image, Input, Modal, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { CERTIFICATION_KINDS, CERTIFICATION_LABELS, FULFILMENTS, FULFILMENT_LABELS, type CertificationKind, type Fulfilment, type QuantityUnit } from '@ntag/shared';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NumberField, parseNumber } from '../../components/NumberField';
import { useFieldErrors } from '../../components/useFieldErrors';
import type { Listing, ListingInput } from '../../api/contract';
import { useAddPhoto, useCreateListing, useDeleteListing, useListing, useProposedMonths, useRemovePhoto, useUpdateListing } from '../../features/market/useMarket';
import { useLang } from '../../i18n/I18nProvider';
import { useMarketT } from '../../i18n/market';
import { newId } from '../../api/newId';
import { RecordDialog, useDialogEditor } from '../field/RecordDialog';
import { ProductFields } from '../field/ProductFields';
import { NO_PRODUCT, type ProductChoice } from '../field/productLine';
import { monthLabel } from './ListingCard';

interface Draft {
  product: ProductChoice;
  unit: QuantityUnit | null;
  description: string;
  priceMin: string;
  priceMax: string;
  /** null: not chosen yet (a new listing then takes the กท.03 months). */
  months: number[] | null;
  minOrder: string;
  fulfilment: Fulfilment;
  deliveryArea: string;
  certifications: { key: string; kind: CertificationKind; number: string; expiresOn: string | null }[];
  published: boolean;
}

const text = (n: number | null) => (n === null ? '' : String(n));
/** A listing's product as the form's choice: issue #14 names it by `productCode`, else `productName` typed in. */
const choiceOf = (l: Listing): ProductChoice => (l.productCode ? { code: l.productCode, name: l.productName, other: false } : { code: null, name: l.productName, other: true });
const productInput = (p: ProductChoice) => (p.code ? { productCode: p.code } : { productCode: null, productName: p.name.trim() });
const draftOf = (l: Listing | null): Draft => ({
  product: l ? choiceOf(l) : NO_PRODUCT, unit: l?.unit ?? null, description: l?.description ?? '', priceMin: text(l?.priceMin ?? null), priceMax: text(l?.priceMax ?? null),
  months: l ? l.months : null, minOrder: text(l?.minOrder ?? null), fulfilment: l?.fulfilment ?? 'both', deliveryArea: l?.deliveryArea ?? '',
  certifications: (l?.certifications ?? []).map((c) => ({ key: newId(), kind: c.kind, number: c.number, expiresOn: c.expiresOn })), published: l?.published ?? true,
});

/** Opens an existing listing (loaded by id) or a new one of the group. */
export function ListingModal({ groupId, listing, listingId, onClose }: { groupId?: string; listing?: null; listingId?: string; onClose: () => void }) {
  const loaded = useListing(listingId ?? null);
  if (listingId && !loaded.data) {
    return (
      <Modal opened onClose={onClose} title="…">
        {loaded.error ? <ErrorAlert error={loaded.error} /> : <Loading />}
      </Modal>
    );
  }
  return <ListingForm groupId={loaded.data?.groupId ?? groupId!} listing={loaded.data ?? listing ?? null} onClose={onClose} />;
}

function ListingForm({ groupId, listing, onClose }: { groupId: string; listing: Listing | null; onClose: () => void }) {
  const t = useMarketT();
  const { lang } = useLang();
  const dialog = useDialogEditor<Listing, ListingInput & { groupId?: string }>(listing, useCreateListing() as never, useUpdateListing() as never);
  const [d, setD] = useState(() => draftOf(listing));
  const [submitted, setSubmitted] = useState(false);
  const server = useFieldErrors(dialog.error);
  const proposed = useProposedMonths(groupId, d.product);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const local: Record<string, string> = {};
  if (submitted && !d.product.code && !d.product.other) local.productCode = t('mk.required');
  if (submitted && !d.unit) local.unit = t('mk.required');
  for (const k of ['priceMin', 'priceMax', 'minOrder'] as const) if (Number.isNaN(parseNumber(d[k]))) local[k] = t('error.fieldInvalid', { detail: '' });
  const err = (k: string) => local[k] ?? server[k];

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(local).length || !d.unit || (!d.product.code && !d.product.other)) return;
    const body: ListingInput & { groupId?: string } = {
      ...productInput(d.product), unit: d.unit, description: d.description.trim() || null, priceMin: parseNumber(d.priceMin), priceMax: parseNumber(d.priceMax),
      ...(d.months === null ? {} : { months: d.months }), minOrder: parseNumber(d.minOrder), fulfilment: d.fulfilment, deliveryArea: d.deliveryArea.trim() || null,
      certifications: d.certifications.filter((c) => c.number.trim() && c.expiresOn).map((c) => ({ kind: c.kind, number: c.number.trim(), expiresOn: c.expiresOn! })),
      published: d.published,
      ...(dialog.base ? {} : { groupId }),
    };
    dialog.save(body, onClose);
  };
  const shownMonths = d.months ?? proposed.data?.months ?? [];

  return (
    <RecordDialog title={dialog.base ? t('mk.edit') : t('mk.add')} dialog={dialog} onClose={onClose} onSubmit={submit} onUseCurrent={(c) => setD(draftOf(c))} describe={(c) => c.productName}>
      <ProductFields value={d.product} unit={d.unit} onChange={(p, u) => setD((x) => ({ ...x, product: p, unit: u }))} err={(f) => err(f)} />
      <Textarea label={t('mk.description')} description={t('mk.descriptionHint')} value={d.description} onChange={(e) => set('description', e.currentTarget.value)} error={err('description')} autosize minRows={2} maxLength={2000} />
      <SimpleGrid cols={{ base: 2 }} spacing="sm">
        <NumberField label={t('mk.priceMin')} value={d.priceMin} onChange={(v) => set('priceMin', v)} error={err('priceMin')} />
        <NumberField label={t('mk.priceMax')} value={d.priceMax} onChange={(v) => set('priceMax', v)} error={err('priceMax')} />
      </SimpleGrid>
      <Input.Wrapper label={t('mk.months')} description={d.months === null ? t('mk.monthsHint') : undefined} error={err('months')}>
        <Chip.Group multiple value={shownMonths.map(String)} onChange={(v) => set('months', v.map(Number).sort((a, b) => a - b))}>
          <Group gap={4} mt={4}>
            {Array.from({ length: 12 }, (_, i) => <Chip key={i} value={String(i + 1)} size="xs">{monthLabel(i + 1, lang)}</Chip>)}
          </Group>
        </Chip.Group>
        {d.months !== null && (
          <Button variant="subtle" size="compact-xs" mt={4} onClick={() => set('months', proposed.data?.months ?? [])} disabled={!proposed.data?.cohort}>
            {proposed.data?.cohort ? t('mk.proposeMonths') : t('mk.noPlanMonths')}
          </Button>
        )}
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberField label={t('mk.minOrder')} value={d.minOrder} onChange={(v) => set('minOrder', v)} error={err('minOrder')} />
        <Select label={t('mk.fulfilment')} data={FULFILMENTS.map((f) => ({ value: f, label: FULFILMENT_LABELS[f][lang] }))} value={d.fulfilment} onChange={(v) => v && set('fulfilment', v as Fulfilment)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
      </SimpleGrid>
      <TextInput label={t('mk.deliveryArea')} value={d.deliveryArea} onChange={(e) => set('deliveryArea', e.currentTarget.value)} error={err('deliveryArea')} maxLength={300} />
      <Input.Wrapper label={t('mk.certs')}>
        <Stack gap="xs" mt={4}>
          {d.certifications.map((c, i) => (
            <Group key={c.key} gap="xs" align="flex-end" wrap="wrap">
              <Select w={150} label={t('mk.certKind')} data={CERTIFICATION_KINDS.map((k) => ({ value: k, label: CERTIFICATION_LABELS[k][lang].split(' (')[0]! }))} value={c.kind}
                onChange={(v) => v && set('certifications', d.certifications.map((x) => (x.key === c.key ? { ...x, kind: v as CertificationKind } : x)))} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
              <TextInput w={150} label={t('mk.certNumber')} value={c.number} error={err(`certifications.${i}.number`)}
                onChange={(e) => { const v = e.currentTarget.value; set('certifications', d.certifications.map((x) => (x.key === c.key ? { ...x, number: v } : x))); }} />
              <BeDateInput label={t('mk.certExpires')} value={c.expiresOn} error={err(`certifications.${i}.expiresOn`)} onChange={(v) => set('certifications', d.certifications.map((x) => (x.key === c.key ? { ...x, expiresOn: v } : x)))} />
              <CloseButton aria-label={t('mk.remove')} onClick={() => set('certifications', d.certifications.filter((x) => x.key !== c.key))} />
            </Group>
          ))}
          <Button variant="default" size="compact-sm" w="fit-content" onClick={() => set('certifications', [...d.certifications, { key: newId(), kind: 'gap', number: '', expiresOn: null }])}>{t('mk.addCert')}</Button>
        </Stack>
      </Input.Wrapper>
      <Switch label={t('mk.publish')} description={t('mk.publishHint')} checked={d.published} onChange={(e) => set('published', e.currentTarget.checked)} />
      <Text size="xs" c="dimmed">{t('mk.contact')}</Text>
      {dialog.base ? <Photos listing={dialog.base} /> : <Text size="xs" c="dimmed">{t('mk.photosAfterSave')}</Text>}
      {dialog.base && <DeleteListing listing={dialog.base} onDone={onClose} />}
    </RecordDialog>
  );
}

function Photos({ listing }: { listing: Listing }) {
  const t = useMarketT();
  const add = useAddPhoto();
  const remove = useRemovePhoto();
  const current = useListing(listing.id).data ?? listing;
  return (
    <Input.Wrapper label={t('mk.photos')}>
      <Group gap="xs" mt={4}>
        {current.photos.map((p) => (
          <div key={p.id} style={{ position: 'relative' }}>
            <Image src={p.thumbUrl} w={72} h={72} radius="sm" alt="" />
            <ActionIcon size="sm" color="red" variant="filled" aria-label={t('mk.remove')} style={{ position: 'absolute', top: 2, right: 2 }} onClick={() => remove.mutate({ id: listing.id, photoId: p.id })}>×</ActionIcon>
          </div>
        ))}
        {current.photos.length < 5 && (
          <FileButton accept="image/jpeg,image/png,image/webp" onChange={(file) => file && add.mutate({ id: listing.id, file })}>
            {(props) => <Button {...props} variant="default" loading={add.isPending}>{t('mk.addPhoto')}</Button>}
          </FileButton>
        )}
      </Group>
      {!!(add.error || remove.error) && <ErrorAlert error={add.error ?? remove.error} />}
    </Input.Wrapper>
  );
}

function DeleteListing({ listing, onDone }: { listing: Listing; onDone: () => void }) {
  const t = useMarketT();
  const del = useDeleteListing();
  return (
    <Group justify="flex-start">
      <Button color="red" variant="subtle" size="compact-sm" loading={del.isPending}
        onClick={() => window.confirm(t('mk.deleteConfirm')) && del.mutate({ id: listing.id, version: listing.version }, { onSuccess: onDone })}>
        {t('mk.delete')}
      </Button>
      {!!del.error && <ErrorAlert error={del.error} />}
    </Group>
  );
}
