import { z } from 'zod';
import { ONLINE_KINDS, OUTLET_TYPES } from '@ntag/shared';
import { IsoDate, patchBody } from '../common.schemas';

const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const FrameworkBody = z.object({
  outletTypes: z.array(z.enum(OUTLET_TYPES)).min(1, 'at least one outlet type').max(OUTLET_TYPES.length),
  questions: z.array(z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/, 'a short key of a-z 0-9 _'), text: z.string().trim().min(1).max(300) })).max(30),
  version: z.number().int().min(1).optional(),
});
export const FrameworkOut = z.object({
  provinceCode: z.string(),
  /** False while the province still uses the default framework. */
  custom: z.boolean(),
  outletTypes: z.array(z.enum(OUTLET_TYPES)),
  questions: z.array(z.object({ key: z.string(), text: z.string() })),
  version: z.number().int(),
});
export const ProvinceParams = z.object({ code: z.string().regex(/^\d{2}$/, 'a 2-digit province code') });

const outletFields = {
  type: z.enum(OUTLET_TYPES),
  name: z.string().trim().min(1, 'required').max(200),
  address: text(500),
  latitude: z.number().min(5).max(21).nullable().optional(),
  longitude: z.number().min(97).max(106).nullable().optional(),
  products: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  volume: text(200),
  frequency: text(200),
  price: text(200),
  contact: text(300),
  answers: z.record(z.string().regex(/^[a-z0-9_]{1,40}$/), z.string().max(1000)).default({}),
  surveyedOn: IsoDate,
};
export const CreateOutletBody = z.object({ id: z.uuid(), groupId: z.uuid(), ...outletFields });
export const UpdateOutletBody = patchBody(outletFields);
export type OutletInput = Omit<z.output<typeof UpdateOutletBody>, 'version'>;
export const OutletOut = z.object({
  id: z.uuid(), groupId: z.uuid(), type: z.enum(OUTLET_TYPES), name: z.string(), address: z.string().nullable(),
  latitude: z.number().nullable(), longitude: z.number().nullable(), products: z.array(z.string()), volume: z.string().nullable(),
  frequency: z.string().nullable(), price: z.string().nullable(), contact: z.string().nullable(), answers: z.record(z.string(), z.string()),
  surveyedOn: z.string(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
});

const channelFields = {
  provinceCode: z.string().regex(/^\d{2}$/, 'a 2-digit province code'),
  groupId: z.uuid().nullable().optional(),
  kind: z.enum(ONLINE_KINDS),
  name: z.string().trim().min(1, 'required').max(200),
  url: z.string().trim().max(500).refine((v) => /^https?:\/\/\S+$/.test(v) || /^@\S+$/.test(v), 'a web address (https://…) or a LINE id (@…)'),
  notes: text(1000),
};
export const CreateChannelBody = z.object({ id: z.uuid(), ...channelFields });
export type ChannelInput = z.output<typeof CreateChannelBody>;
export const UpdateChannelBody = patchBody(channelFields);
export const ChannelOut = z.object({
  id: z.uuid(), provinceCode: z.string(), groupId: z.uuid().nullable(), kind: z.enum(ONLINE_KINDS), name: z.string(), url: z.string(),
  notes: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
});
export const ChannelListQuery = z.object({
  province: z.string().regex(/^\d{2}$/).optional(),
  group: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const AnalysisQuery = z.object({ province: z.string().regex(/^\d{2}$/, 'a 2-digit province code'), cohort: z.coerce.number().int().min(2500).max(2700).optional() });
export const AnalysisOut = z.object({
  province: z.object({ code: z.string(), nameTh: z.string() }),
  outlets: z.number().int(),
  byType: z.array(z.object({ type: z.enum(OUTLET_TYPES), outlets: z.number().int(), groups: z.number().int() })),
  byProduct: z.array(z.object({ product: z.string(), outlets: z.number().int(), types: z.array(z.enum(OUTLET_TYPES)) })),
  channels: z.array(ChannelOut),
});
