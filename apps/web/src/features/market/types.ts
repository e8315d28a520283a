import type { BuyerType, CertificationKind, EnquiryDecision, EnquiryStatus, Fulfilment, QuantityUnit } from '@ntag/shared';

/**
 * The answers of /api/listings, /api/enquiries and /api/dashboard/enquiries (issue #14), typed
 * by hand in the style of api/types.ts until the web app's types are generated from the
 * OpenAPI (issue #10): keep them in step with apps/api/src/modules/{listings,enquiries}/*.schemas.ts.
 */
export interface Certification {
  kind: CertificationKind;
  number: string;
  expiresOn: string;
}

export interface Listing {
  id: string;
  groupId: string;
  groupName: string;
  productCode: string | null;
  productName: string;
  category: string;
  description: string | null;
  unit: QuantityUnit;
  priceMin: number | null;
  priceMax: number | null;
  months: number[];
  minOrder: number | null;
  fulfilment: Fulfilment;
  deliveryArea: string | null;
  certifications: (Certification & { valid: boolean })[];
  published: boolean;
  publishedAt: string | null;
  publicUrl: string | null;
  photos: { id: string; url: string; thumbUrl: string; width: number; height: number }[];
  openEnquiries: number;
  openReports: { id: string; reason: string; message: string | null; createdAt: string }[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ListingInput {
  productCode: string | null;
  productName?: string;
  description: string | null;
  unit: QuantityUnit;
  priceMin: number | null;
  priceMax: number | null;
  months?: number[];
  minOrder: number | null;
  fulfilment: Fulfilment;
  deliveryArea: string | null;
  certifications: Certification[];
  published: boolean;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EnquiryMessage {
  author: 'buyer' | 'group' | 'officer' | 'system';
  decision: string | null;
  body: string | null;
  createdAt: string;
}

export interface Enquiry {
  id: string;
  listingId: string;
  groupId: string;
  groupName: string;
  productName: string;
  unit: QuantityUnit;
  quantity: number;
  wantedOn: string | null;
  buyerType: BuyerType;
  status: EnquiryStatus;
  holdReason: string | null;
  late: boolean;
  receivedAt: string | null;
  firstAnsweredAt: string | null;
  acceptedAt: string | null;
  closedAt: string | null;
  deliveredOn: string | null;
  deliveredQuantity: number | null;
  deliveredValue: number | null;
  transactionId: string | null;
  createdAt: string;
  version: number;
  buyer: { name: string | null; contact: string | null; deliveryPlace: string | null } | null;
  messages?: EnquiryMessage[];
}

export interface AnswerInput {
  decision: EnquiryDecision;
  message: string | null;
}

export interface DeliveredInput {
  date: string;
  quantity: number;
  value: number;
}

export interface EnquiryFigures {
  received: number;
  answered: number;
  medianAnswerHours: number | null;
  meanAnswerHours: number | null;
  accepted: number;
  delivered: number;
  deliveredValue: number;
  declined: number;
  open: number;
  late: number;
}

export interface EnquiryDashboard {
  unit: { code: string; kind: string; nameTh: string };
  totals: EnquiryFigures;
  rows: (EnquiryFigures & { code: string; nameTh: string; kind: 'province' | 'district' | 'group' })[];
  late: { id: string; groupId: string; groupName: string; productName: string; receivedAt: string; days: number }[];
}
