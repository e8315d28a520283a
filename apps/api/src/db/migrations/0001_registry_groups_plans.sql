CREATE TABLE "farmer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"national_id" text NOT NULL,
	"title" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"sex" text,
	"phone" text,
	"house_no" text,
	"village_no" smallint,
	"village_name" text,
	"tambon_code" text NOT NULL,
	"household_size" smallint,
	"farmer_registry_no" text,
	"plot_area_sqm" numeric(12, 2),
	"title_deed_type" text,
	"pond_dug" boolean DEFAULT false NOT NULL,
	"pond_year" smallint,
	"pond_volume_m3" numeric(10, 2),
	"activities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "selection_candidate" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cohort_year" integer NOT NULL,
	"tambon_code" text NOT NULL,
	"farmer_id" uuid NOT NULL,
	"pond_dug" boolean NOT NULL,
	"pond_dug_remark" text,
	"same_products" boolean NOT NULL,
	"same_products_remark" text,
	"shared_ideas" boolean NOT NULL,
	"shared_ideas_remark" text,
	"ready_and_able" boolean NOT NULL,
	"ready_and_able_remark" text,
	"proposal" text NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_committee" (
	"group_id" uuid NOT NULL,
	"farmer_id" uuid NOT NULL,
	"role" text NOT NULL,
	"title" text,
	"seat" integer NOT NULL,
	CONSTRAINT "group_committee_group_id_seat_pk" PRIMARY KEY("group_id","seat")
);
--> statement-breakpoint
CREATE TABLE "group_member" (
	"group_id" uuid NOT NULL,
	"farmer_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_member_group_id_farmer_id_pk" PRIMARY KEY("group_id","farmer_id")
);
--> statement-breakpoint
CREATE TABLE "model_group" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tambon_code" text NOT NULL,
	"cohort_year" integer NOT NULL,
	"founded_on" date,
	"phone" text,
	"facebook_page" text,
	"line_oa_id" text,
	"website" text,
	"learning_centre" text,
	"latitude" double precision,
	"longitude" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_plan" (
	"group_id" uuid NOT NULL,
	"cohort_year" integer NOT NULL,
	"products" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"markets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "group_plan_group_id_cohort_year_pk" PRIMARY KEY("group_id","cohort_year")
);
--> statement-breakpoint
CREATE TABLE "individual_plan" (
	"farmer_id" uuid NOT NULL,
	"cohort_year" integer NOT NULL,
	"current_activities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"planned_products" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assessment" jsonb,
	"development_needs" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "individual_plan_farmer_id_cohort_year_pk" PRIMARY KEY("farmer_id","cohort_year")
);
--> statement-breakpoint
ALTER TABLE "farmer" ADD CONSTRAINT "farmer_tambon_code_geo_unit_code_fk" FOREIGN KEY ("tambon_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "farmer" ADD CONSTRAINT "farmer_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_cohort_year_cohort_year_be_fk" FOREIGN KEY ("cohort_year") REFERENCES "public"."cohort"("year_be") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_tambon_code_geo_unit_code_fk" FOREIGN KEY ("tambon_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_proposed_by_app_user_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_committee" ADD CONSTRAINT "group_committee_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_committee" ADD CONSTRAINT "group_committee_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_group" ADD CONSTRAINT "model_group_tambon_code_geo_unit_code_fk" FOREIGN KEY ("tambon_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_group" ADD CONSTRAINT "model_group_cohort_year_cohort_year_be_fk" FOREIGN KEY ("cohort_year") REFERENCES "public"."cohort"("year_be") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_plan" ADD CONSTRAINT "group_plan_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_plan" ADD CONSTRAINT "group_plan_cohort_year_cohort_year_be_fk" FOREIGN KEY ("cohort_year") REFERENCES "public"."cohort"("year_be") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan" ADD CONSTRAINT "individual_plan_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan" ADD CONSTRAINT "individual_plan_cohort_year_cohort_year_be_fk" FOREIGN KEY ("cohort_year") REFERENCES "public"."cohort"("year_be") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "farmer_national_id_uq" ON "farmer" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "farmer_tambon_idx" ON "farmer" USING btree ("tambon_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "farmer_first_name_idx" ON "farmer" USING btree ("first_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "farmer_last_name_idx" ON "farmer" USING btree ("last_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "farmer_birth_idx" ON "farmer" USING btree ("birth_date");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_farmer_cohort_uq" ON "selection_candidate" USING btree ("farmer_id","cohort_year");--> statement-breakpoint
CREATE INDEX "selection_tambon_idx" ON "selection_candidate" USING btree ("tambon_code","cohort_year");--> statement-breakpoint
CREATE INDEX "group_committee_farmer_idx" ON "group_committee" USING btree ("farmer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_member_farmer_uq" ON "group_member" USING btree ("farmer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_tambon_cohort_uq" ON "model_group" USING btree ("tambon_code","cohort_year");--> statement-breakpoint
CREATE INDEX "group_cohort_idx" ON "model_group" USING btree ("cohort_year");