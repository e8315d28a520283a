CREATE TABLE "cohort_target_tambon" (
	"cohort_year" integer NOT NULL,
	"tambon_code" text NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_target_tambon_cohort_year_tambon_code_pk" PRIMARY KEY("cohort_year","tambon_code")
);
--> statement-breakpoint
CREATE TABLE "selection_result" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"level" text NOT NULL,
	"cohort_year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"notes" text,
	"submitted_versions" integer DEFAULT 0 NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"last_submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"return_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_result_version" (
	"result_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"notes" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "selection_result_version_result_id_number_pk" PRIMARY KEY("result_id","number")
);
--> statement-breakpoint
CREATE TABLE "advisory_visit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"step" smallint NOT NULL,
	"visitors" text NOT NULL,
	"advice" text NOT NULL,
	"problems" text,
	"follow_up_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "advisory_visit_photo" (
	"id" uuid PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lecturer_training" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"farmer_id" uuid NOT NULL,
	"trained_on" date NOT NULL,
	"course" text NOT NULL,
	"organiser" text NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "partner" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"support" text NOT NULL,
	"group_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "step_schedule" ADD COLUMN "reason" text;--> statement-breakpoint
-- Members count from the day they joined, not from the day someone typed them in (issue 13,
-- item 8). Members entered so far are taken to have joined when their group was founded (not
-- after the day they were entered); where the group has no founding date, the day of entry.
ALTER TABLE "group_member" ADD COLUMN "joined_on" date;--> statement-breakpoint
UPDATE "group_member" m SET "joined_on" = LEAST(COALESCE(g."founded_on", (m."joined_at" AT TIME ZONE 'Asia/Bangkok')::date), (m."joined_at" AT TIME ZONE 'Asia/Bangkok')::date)
  FROM "model_group" g WHERE g."id" = m."group_id";--> statement-breakpoint
ALTER TABLE "group_member" ALTER COLUMN "joined_on" SET NOT NULL;--> statement-breakpoint
-- Step 4 runs "from August on" (ตั้งแต่ สิงหาคม): the seeded calendar gave it an invented due date
-- (31 August). Removed wherever nobody has changed the seeded dates; the ministry may set one.
UPDATE "step_schedule" SET "due_on" = NULL
  WHERE "step_number" = 4 AND "version" = 1 AND "due_on" = make_date("cohort_year" - 543, 8, 31);--> statement-breakpoint
-- A report's "tambonsTargeted" counted the tambons with candidates; targets are now the
-- ministry's target tambons, so the frozen snapshots name that count as it is.
UPDATE "report_version" SET "snapshot" = jsonb_set("snapshot", '{cohorts}', (
  SELECT coalesce(jsonb_agg(CASE WHEN c ? 'tambonsTargeted' THEN (c - 'tambonsTargeted') || jsonb_build_object('tambonsWithCandidates', c -> 'tambonsTargeted') ELSE c END ORDER BY i), '[]'::jsonb)
  FROM jsonb_array_elements("snapshot" -> 'cohorts') WITH ORDINALITY AS t(c, i)))
  WHERE jsonb_typeof("snapshot" -> 'cohorts') = 'array';--> statement-breakpoint
ALTER TABLE "cohort_target_tambon" ADD CONSTRAINT "cohort_target_tambon_cohort_year_cohort_year_be_fk" FOREIGN KEY ("cohort_year") REFERENCES "public"."cohort"("year_be") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_target_tambon" ADD CONSTRAINT "cohort_target_tambon_tambon_code_geo_unit_code_fk" FOREIGN KEY ("tambon_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result" ADD CONSTRAINT "selection_result_cohort_year_cohort_year_be_fk" FOREIGN KEY ("cohort_year") REFERENCES "public"."cohort"("year_be") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result_version" ADD CONSTRAINT "selection_result_version_result_id_selection_result_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."selection_result"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result_version" ADD CONSTRAINT "selection_result_version_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result_version" ADD CONSTRAINT "selection_result_version_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_visit" ADD CONSTRAINT "advisory_visit_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_visit" ADD CONSTRAINT "advisory_visit_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_visit_photo" ADD CONSTRAINT "advisory_visit_photo_visit_id_advisory_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."advisory_visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecturer_training" ADD CONSTRAINT "lecturer_training_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecturer_training" ADD CONSTRAINT "lecturer_training_farmer_id_farmer_id_fk" FOREIGN KEY ("farmer_id") REFERENCES "public"."farmer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecturer_training" ADD CONSTRAINT "lecturer_training_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner" ADD CONSTRAINT "partner_province_code_geo_unit_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."geo_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner" ADD CONSTRAINT "partner_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_target_tambon_code_idx" ON "cohort_target_tambon" USING btree ("tambon_code");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_result_unit_cohort_uq" ON "selection_result" USING btree ("unit_code","cohort_year");--> statement-breakpoint
CREATE INDEX "selection_result_cohort_idx" ON "selection_result" USING btree ("cohort_year");--> statement-breakpoint
CREATE INDEX "advisory_visit_group_idx" ON "advisory_visit" USING btree ("group_id","visited_on");--> statement-breakpoint
CREATE INDEX "advisory_visit_follow_up_idx" ON "advisory_visit" USING btree ("follow_up_on");--> statement-breakpoint
CREATE INDEX "advisory_visit_photo_visit_idx" ON "advisory_visit_photo" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "lecturer_training_group_idx" ON "lecturer_training" USING btree ("group_id","trained_on");--> statement-breakpoint
CREATE INDEX "partner_province_idx" ON "partner" USING btree ("province_code","starts_on");