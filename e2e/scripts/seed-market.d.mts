// Types of seed-market.mjs for the TypeScript journeys.
export declare const MARKET_GROUP: string;
export declare const COMMITTEE: string;
export declare const PRODUCT: string;
export declare function seedMarket(base?: string, opts?: { photo?: Uint8Array }): Promise<{ groupId: string; listingId: string; committee: string }>;
