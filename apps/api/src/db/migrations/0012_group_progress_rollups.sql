CREATE TABLE "province_month_total" (
	"province_code" text NOT NULL,
	"month" date NOT NULL,
	"key" text NOT NULL,
	"slot" smallint DEFAULT 0 NOT NULL,
	"value" numeric(18, 3) NOT NULL,
	CONSTRAINT "province_month_total_province_code_month_key_slot_pk" PRIMARY KEY("province_code","month","key","slot")
);
--> statement-breakpoint
CREATE TABLE "group_progress" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text NOT NULL,
	"tambon_code" text NOT NULL,
	"cohort_year" integer NOT NULL,
	"s1" text NOT NULL,
	"s2" text NOT NULL,
	"s3" text NOT NULL,
	"s4" text NOT NULL,
	"s5" text NOT NULL,
	"s6" text NOT NULL,
	"s7" text NOT NULL,
	"d1" date,
	"d2" date,
	"d3" date,
	"d4" date,
	"d5" date,
	"d6" date,
	"d7" date,
	"members" integer DEFAULT 0 NOT NULL,
	"formed" boolean DEFAULT false NOT NULL,
	"informed" boolean DEFAULT false NOT NULL,
	"applied" boolean DEFAULT false NOT NULL,
	"registered" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
-- Drizzle writes the new keys before the column they use; the column comes first.
ALTER TABLE "group_month_stat" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "province_month_stat" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "group_month_stat" DROP CONSTRAINT "group_month_stat_group_id_month_key_pk";--> statement-breakpoint
ALTER TABLE "province_month_stat" DROP CONSTRAINT "province_month_stat_province_code_cohort_year_month_key_pk";--> statement-breakpoint
ALTER TABLE "group_month_stat" ADD CONSTRAINT "group_month_stat_group_id_month_key_slot_pk" PRIMARY KEY("group_id","month","key","slot");--> statement-breakpoint
ALTER TABLE "province_month_stat" ADD CONSTRAINT "province_month_stat_province_code_cohort_year_month_key_slot_pk" PRIMARY KEY("province_code","cohort_year","month","key","slot");--> statement-breakpoint
ALTER TABLE "group_progress" ADD CONSTRAINT "group_progress_group_id_model_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."model_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_progress_province_idx" ON "group_progress" USING btree ("province_code","cohort_year");--> statement-breakpoint
CREATE INDEX "group_progress_district_idx" ON "group_progress" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "group_progress_tambon_idx" ON "group_progress" USING btree ("tambon_code","cohort_year");
--> statement-breakpoint
-- Data migration: the provinces' figures over all cohorts, from their figures per cohort.
INSERT INTO province_month_total (province_code, month, key, value)
SELECT province_code, month, key, sum(value) FROM province_month_stat GROUP BY 1, 2, 3 HAVING abs(sum(value)) >= 0.0005;
--> statement-breakpoint
-- Issue 16 (ADR 0024): each group's seven steps, kept in the writing transaction by statement
-- triggers on the tables they are derived from. The rules are progress.rules.ts's, in SQL;
-- apps/api/test/rollups.test.ts checks that both agree after every kind of write.
CREATE OR REPLACE FUNCTION ntag_refresh_group_progress(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  WITH fresh (group_id, province_code, district_code, tambon_code, cohort_year, s1, s2, s3, s4, s5, s6, s7, d1, d2, d3, d4, d5, d6, d7, members, formed, informed, applied, registered) AS (
    SELECT * FROM (
      WITH g AS (SELECT id, tambon_code, cohort_year FROM model_group WHERE id = ANY(ids)),
      f AS (
        SELECT g.id, g.tambon_code, g.cohort_year,
          coalesce(sel.candidates, 0) AS candidates, coalesce(sel.selected, 0) AS selected, sel.last,
          (SELECT min(c.assigned_at AT TIME ZONE 'Asia/Bangkok')::date FROM group_committee c WHERE c.group_id = g.id AND c.role = 'president') AS president_on,
          (SELECT (p.created_at AT TIME ZONE 'Asia/Bangkok')::date FROM group_plan p WHERE p.group_id = g.id AND p.cohort_year = g.cohort_year) AS plan_on,
          lc.centre_on, coalesce(lc.main, false) AS main,
          (SELECT first_on FROM group_step_fact x WHERE x.group_id = g.id AND x.fact = 'session') AS first_session,
          (SELECT first_on FROM group_step_fact x WHERE x.group_id = g.id AND x.fact = 'production') AS first_production,
          (SELECT first_on FROM group_step_fact x WHERE x.group_id = g.id AND x.fact = 'outlet') AS first_outlet,
          (SELECT first_on FROM group_step_fact x WHERE x.group_id = g.id AND x.fact = 'transaction') AS first_transaction,
          e.informed_on, e.applied_on, e.registered_on,
          (SELECT count(*) FROM group_member m WHERE m.group_id = g.id)::int AS members
        FROM g
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS candidates, count(*) FILTER (WHERE s.decision = 'selected')::int AS selected,
                 (max(s.decided_at) FILTER (WHERE s.decision = 'selected') AT TIME ZONE 'Asia/Bangkok')::date AS last
          FROM selection_candidate s WHERE s.tambon_code = g.tambon_code AND s.cohort_year = g.cohort_year) sel ON true
        LEFT JOIN LATERAL (
          SELECT (l.created_at AT TIME ZONE 'Asia/Bangkok')::date AS centre_on, l.main_lecturer_id IS NOT NULL AS main
          FROM learning_centre l WHERE l.group_id = g.id AND l.deleted_at IS NULL LIMIT 1) lc ON true
        LEFT JOIN enterprise e ON e.group_id = g.id AND e.deleted_at IS NULL
      ),
      d AS (
        SELECT f.*,
          CASE WHEN selected > 0 THEN 'done' WHEN candidates > 0 THEN 'in_progress' ELSE 'not_started' END AS r1,
          CASE WHEN selected > 0 THEN last END AS e1,
          CASE WHEN president_on IS NOT NULL AND plan_on IS NOT NULL THEN 'done' ELSE 'in_progress' END AS r2,
          CASE WHEN president_on IS NOT NULL AND plan_on IS NOT NULL THEN greatest(president_on, plan_on) END AS e2,
          CASE WHEN main AND first_session IS NOT NULL THEN 'done' WHEN centre_on IS NOT NULL OR first_session IS NOT NULL THEN 'in_progress' ELSE 'not_started' END AS r3,
          CASE WHEN main AND first_session IS NOT NULL THEN first_session END AS e3,
          CASE WHEN first_production IS NOT NULL THEN 'done' ELSE 'not_started' END AS r4, first_production AS e4,
          CASE WHEN first_outlet IS NOT NULL THEN 'done' ELSE 'not_started' END AS r5, first_outlet AS e5,
          CASE WHEN first_transaction IS NOT NULL THEN 'done' ELSE 'not_started' END AS r6, first_transaction AS e6,
          CASE WHEN registered_on IS NOT NULL THEN 'done' WHEN informed_on IS NOT NULL OR applied_on IS NOT NULL THEN 'in_progress' ELSE 'not_started' END AS r7,
          registered_on AS e7
        FROM f
      ),
      o AS (
        SELECT group_id,
          bool_or(step = 1) AS h1, max(status) FILTER (WHERE step = 1) AS o1, max(done_on) FILTER (WHERE step = 1) AS p1,
          bool_or(step = 2) AS h2, max(status) FILTER (WHERE step = 2) AS o2, max(done_on) FILTER (WHERE step = 2) AS p2,
          bool_or(step = 3) AS h3, max(status) FILTER (WHERE step = 3) AS o3, max(done_on) FILTER (WHERE step = 3) AS p3,
          bool_or(step = 4) AS h4, max(status) FILTER (WHERE step = 4) AS o4, max(done_on) FILTER (WHERE step = 4) AS p4,
          bool_or(step = 5) AS h5, max(status) FILTER (WHERE step = 5) AS o5, max(done_on) FILTER (WHERE step = 5) AS p5,
          bool_or(step = 6) AS h6, max(status) FILTER (WHERE step = 6) AS o6, max(done_on) FILTER (WHERE step = 6) AS p6,
          bool_or(step = 7) AS h7, max(status) FILTER (WHERE step = 7) AS o7, max(done_on) FILTER (WHERE step = 7) AS p7
        FROM step_override WHERE group_id = ANY(ids) GROUP BY group_id
      )
      SELECT d.id AS group_id, substr(d.tambon_code, 1, 2) AS province_code, substr(d.tambon_code, 1, 4) AS district_code, d.tambon_code, d.cohort_year,
        CASE WHEN o.h1 THEN o.o1 ELSE d.r1 END, CASE WHEN o.h2 THEN o.o2 ELSE d.r2 END, CASE WHEN o.h3 THEN o.o3 ELSE d.r3 END,
        CASE WHEN o.h4 THEN o.o4 ELSE d.r4 END, CASE WHEN o.h5 THEN o.o5 ELSE d.r5 END, CASE WHEN o.h6 THEN o.o6 ELSE d.r6 END,
        CASE WHEN o.h7 THEN o.o7 ELSE d.r7 END,
        CASE WHEN o.h1 THEN CASE WHEN o.o1 = 'done' THEN o.p1 END ELSE d.e1 END, CASE WHEN o.h2 THEN CASE WHEN o.o2 = 'done' THEN o.p2 END ELSE d.e2 END,
        CASE WHEN o.h3 THEN CASE WHEN o.o3 = 'done' THEN o.p3 END ELSE d.e3 END, CASE WHEN o.h4 THEN CASE WHEN o.o4 = 'done' THEN o.p4 END ELSE d.e4 END,
        CASE WHEN o.h5 THEN CASE WHEN o.o5 = 'done' THEN o.p5 END ELSE d.e5 END, CASE WHEN o.h6 THEN CASE WHEN o.o6 = 'done' THEN o.p6 END ELSE d.e6 END,
        CASE WHEN o.h7 THEN CASE WHEN o.o7 = 'done' THEN o.p7 END ELSE d.e7 END,
        d.members, d.president_on IS NOT NULL, d.informed_on IS NOT NULL, d.applied_on IS NOT NULL, d.registered_on IS NOT NULL
      FROM d LEFT JOIN o ON o.group_id = d.id
    ) x
  ),
  -- Only rows that changed are written (an unchanged group's row is not even locked), so the
  -- writes of one group's records do not queue on it.
  updated AS (
    UPDATE group_progress gp SET province_code = n.province_code, district_code = n.district_code, tambon_code = n.tambon_code, cohort_year = n.cohort_year, s1 = n.s1, s2 = n.s2, s3 = n.s3, s4 = n.s4, s5 = n.s5, s6 = n.s6, s7 = n.s7, d1 = n.d1, d2 = n.d2, d3 = n.d3, d4 = n.d4, d5 = n.d5, d6 = n.d6, d7 = n.d7, members = n.members, formed = n.formed, informed = n.informed, applied = n.applied, registered = n.registered
    FROM fresh n WHERE gp.group_id = n.group_id AND (gp.province_code, gp.district_code, gp.tambon_code, gp.cohort_year, gp.s1, gp.s2, gp.s3, gp.s4, gp.s5, gp.s6, gp.s7, gp.d1, gp.d2, gp.d3, gp.d4, gp.d5, gp.d6, gp.d7, gp.members, gp.formed, gp.informed, gp.applied, gp.registered) IS DISTINCT FROM (n.province_code, n.district_code, n.tambon_code, n.cohort_year, n.s1, n.s2, n.s3, n.s4, n.s5, n.s6, n.s7, n.d1, n.d2, n.d3, n.d4, n.d5, n.d6, n.d7, n.members, n.formed, n.informed, n.applied, n.registered)
    RETURNING gp.group_id)
  INSERT INTO group_progress (group_id, province_code, district_code, tambon_code, cohort_year, s1, s2, s3, s4, s5, s6, s7, d1, d2, d3, d4, d5, d6, d7, members, formed, informed, applied, registered)
  SELECT * FROM fresh n WHERE NOT EXISTS (SELECT 1 FROM group_progress gp WHERE gp.group_id = n.group_id)
  ON CONFLICT (group_id) DO NOTHING;
END $fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ntag_group_progress_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_TABLE_NAME = 'model_group' THEN
    PERFORM ntag_refresh_group_progress(array(SELECT id FROM changed));
  ELSIF TG_TABLE_NAME = 'selection_candidate' THEN
    PERFORM ntag_refresh_group_progress(array(
      SELECT g.id FROM model_group g JOIN (SELECT DISTINCT tambon_code, cohort_year FROM changed) c ON c.tambon_code = g.tambon_code AND c.cohort_year = g.cohort_year));
  ELSE
    PERFORM ntag_refresh_group_progress(array(SELECT DISTINCT group_id FROM changed));
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF TG_TABLE_NAME = 'selection_candidate' THEN
      PERFORM ntag_refresh_group_progress(array(
        SELECT g.id FROM model_group g JOIN (SELECT DISTINCT tambon_code, cohort_year FROM changed_before) c ON c.tambon_code = g.tambon_code AND c.cohort_year = g.cohort_year
        WHERE NOT EXISTS (SELECT 1 FROM changed n WHERE n.tambon_code = g.tambon_code AND n.cohort_year = g.cohort_year)));
    ELSIF TG_TABLE_NAME <> 'model_group' THEN
      PERFORM ntag_refresh_group_progress(array(SELECT DISTINCT group_id FROM changed_before WHERE group_id NOT IN (SELECT group_id FROM changed)));
    END IF;
  END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
DO $do$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['model_group', 'selection_candidate', 'group_member', 'group_committee', 'group_plan', 'learning_centre', 'group_step_fact', 'enterprise', 'step_override'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ntag_group_progress_trigger()', t || '_progress_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ntag_group_progress_trigger()', t || '_progress_upd', t);
    IF t <> 'model_group' THEN
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ntag_group_progress_trigger()', t || '_progress_del', t);
    END IF;
  END LOOP;
END $do$;
--> statement-breakpoint
-- Data migration: every existing group's row.
SELECT ntag_refresh_group_progress(array(SELECT id FROM model_group));
