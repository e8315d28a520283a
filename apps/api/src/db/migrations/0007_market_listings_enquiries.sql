CREATE TABLE "enquiry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"listing_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"product_code" text,
	"product_name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"wanted_on" date,
	"buyer_type" text NOT NULL,
	"buyer_name" text,
	"buyer_contact" text,
	"delivery_place" text,
	"status" text NOT NULL,
	"hold_reason" text,
	"token_hash" text NOT NULL,
	"received_at" timestamp with time zone,
	"first_answered_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_on" date,
	"delivered_quantity" numeric(14, 3),
	"delivered_value" numeric(14, 2),
	"transaction_id" uuid,
	"contact_purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enquiry_message" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enquiry_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_user_id" uuid,
	"decision" text,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"product_code" text,
	"product_name" text NOT NULL,
	"category" text NOT NULL,
	"description" text,
	"unit" text NOT NULL,
	"price_min" numeric(14, 2),
	"price_max" numeric(14, 2),
	"months" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"min_order" numeric(14, 3),
	"fulfilment" text DEFAULT 'both' NOT NULL,
	"delivery_area" text,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "listing_photo" (
	"id" uuid PRIMARY KEY NOT NULL,
	"listing_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"card" "bytea" NOT NULL,
	"thumb" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"listing_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "listing_search" (
	"listing_id" uuid PRIMARY KEY NOT NULL,
	"tokens" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_rate_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD COLUMN "buyer_type" text;--> statement-breakpoint
ALTER TABLE "enquiry" ADD CONSTRAINT "enquiry_listing_id_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry" ADD CONSTRAINT "enquiry_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry" ADD CONSTRAINT "enquiry_product_code_product_code_fk" FOREIGN KEY ("product_code") REFERENCES "public"."product"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry" ADD CONSTRAINT "enquiry_transaction_id_sales_transaction_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."sales_transaction"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry_message" ADD CONSTRAINT "enquiry_message_enquiry_id_enquiry_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."enquiry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry_message" ADD CONSTRAINT "enquiry_message_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing" ADD CONSTRAINT "listing_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing" ADD CONSTRAINT "listing_product_code_product_code_fk" FOREIGN KEY ("product_code") REFERENCES "public"."product"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing" ADD CONSTRAINT "listing_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_photo" ADD CONSTRAINT "listing_photo_listing_id_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_listing_id_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_resolved_by_app_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_search" ADD CONSTRAINT "listing_search_listing_id_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enquiry_token_uq" ON "enquiry" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "enquiry_group_idx" ON "enquiry" USING btree ("group_id","created_at");--> statement-breakpoint
CREATE INDEX "enquiry_listing_idx" ON "enquiry" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "enquiry_open_idx" ON "enquiry" USING btree ("status","last_activity_at");--> statement-breakpoint
CREATE INDEX "enquiry_closed_idx" ON "enquiry" USING btree ("closed_at") WHERE "enquiry"."contact_purged_at" is null;--> statement-breakpoint
CREATE INDEX "enquiry_message_enquiry_idx" ON "enquiry_message" USING btree ("enquiry_id","seq");--> statement-breakpoint
CREATE INDEX "listing_group_idx" ON "listing" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "listing_public_idx" ON "listing" USING btree ("published_at","id") WHERE "listing"."published" and "listing"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "listing_photo_listing_idx" ON "listing_photo" USING btree ("listing_id","position");--> statement-breakpoint
CREATE INDEX "listing_report_listing_idx" ON "listing_report" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "listing_search_tokens_idx" ON "listing_search" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "public_rate_event_bucket_idx" ON "public_rate_event" USING btree ("bucket","at");--> statement-breakpoint
CREATE INDEX "public_rate_event_at_idx" ON "public_rate_event" USING btree ("at");