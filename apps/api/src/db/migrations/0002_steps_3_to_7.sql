CREATE TABLE "enterprise" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"informed_on" date,
	"applied_on" date,
	"registered_on" date,
	"registration_code" text,
	"markets_itself" boolean DEFAULT false NOT NULL,
	"own_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "group_step_fact" (
	"group_id" uuid NOT NULL,
	"fact" text NOT NULL,
	"first_on" date NOT NULL,
	CONSTRAINT "group_step_fact_group_id_fact_pk" PRIMARY KEY("group_id","fact")
);
--> statement-breakpoint
CREATE TABLE "learning_centre" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"main_lecturer_id" uuid,
	"assistant_lecturer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning_photo" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"plan_cohort" integer,
	"plan_topic_index" smallint,
	"lecturer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"attendee_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"outside_participants" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "marketing_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"place" text,
	"group_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "online_channel" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"group_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outlet" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"products" text[] DEFAULT '{}'::text[] NOT NULL,
	"volume" text,
	"frequency" text,
	"price" text,
	"contact" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"surveyed_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "product" (
	"code" text PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"units" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "production_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"farmer_id" uuid,
	"recorded_on" date NOT NULL,
	"period" text DEFAULT 'day' NOT NULL,
	"product_code" text,
	"product_name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"used_household" numeric(14, 3) DEFAULT 0 NOT NULL,
	"used_exchange" numeric(14, 3) DEFAULT 0 NOT NULL,
	"used_sale" numeric(14, 3) DEFAULT 0 NOT NULL,
	"used_processing" numeric(14, 3) DEFAULT 0 NOT NULL,
	"used_loss" numeric(14, 3) DEFAULT 0 NOT NULL,
	"value_baht" numeric(14, 2),
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "step_override" (
	"group_id" uuid NOT NULL,
	"step" smallint NOT NULL,
	"status" text NOT NULL,
	"done_on" date,
	"reason" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "step_override_group_id_step_pk" PRIMARY KEY("group_id","step")
);
--> statement-breakpoint
CREATE TABLE "survey_framework" (
	"province_code" text PRIMARY KEY NOT NULL,
	"outlet_types" text[] NOT NULL,
	"questions" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_transaction" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"farmer_id" uuid,
	"occurred_on" date NOT NULL,
	"product_code" text,
	"product_name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"unit_price" numeric(14, 2),
	"value_baht" numeric(14, 2),
	"channel" text NOT NULL,
	"outlet_id" uuid,
	"event_id" uuid,
	"platform" text,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "group_committee" ADD COLUMN "assigned_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "group_plan" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_step_fact" ADD CONSTRAINT "group_step_fact_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_centre" ADD CONSTRAINT "learning_centre_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_centre" ADD CONSTRAINT "learning_centre_main_lecturer_id_farmer_id_fk" FOREIGN KEY ("main_lecturer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_centre" ADD CONSTRAINT "learning_centre_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_photo" ADD CONSTRAINT "learning_photo_session_id_learning_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_event" ADD CONSTRAINT "marketing_event_province_code_geo_unit_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_event" ADD CONSTRAINT "marketing_event_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_channel" ADD CONSTRAINT "online_channel_province_code_geo_unit_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_channel" ADD CONSTRAINT "online_channel_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_channel" ADD CONSTRAINT "online_channel_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outlet" ADD CONSTRAINT "outlet_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outlet" ADD CONSTRAINT "outlet_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_record" ADD CONSTRAINT "production_record_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_record" ADD CONSTRAINT "production_record_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_record" ADD CONSTRAINT "production_record_product_code_product_code_fk" FOREIGN KEY ("product_code") REFERENCES "public"."product"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_record" ADD CONSTRAINT "production_record_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_override" ADD CONSTRAINT "step_override_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_override" ADD CONSTRAINT "step_override_set_by_app_user_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_framework" ADD CONSTRAINT "survey_framework_province_code_geo_unit_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD CONSTRAINT "sales_transaction_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD CONSTRAINT "sales_transaction_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD CONSTRAINT "sales_transaction_product_code_product_code_fk" FOREIGN KEY ("product_code") REFERENCES "public"."product"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD CONSTRAINT "sales_transaction_outlet_id_outlet_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlet"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD CONSTRAINT "sales_transaction_event_id_marketing_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."marketing_event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_transaction" ADD CONSTRAINT "sales_transaction_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_code_uq" ON "enterprise" USING btree ("registration_code");--> statement-breakpoint
CREATE INDEX "learning_photo_session_idx" ON "learning_photo" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "learning_session_group_idx" ON "learning_session" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "marketing_event_province_idx" ON "marketing_event" USING btree ("province_code","starts_on");--> statement-breakpoint
CREATE INDEX "online_channel_province_idx" ON "online_channel" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "outlet_group_idx" ON "outlet" USING btree ("group_id","surveyed_on");--> statement-breakpoint
CREATE INDEX "production_group_idx" ON "production_record" USING btree ("group_id","recorded_on");--> statement-breakpoint
CREATE INDEX "transaction_group_idx" ON "sales_transaction" USING btree ("group_id","occurred_on");