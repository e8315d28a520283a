CREATE SEQUENCE "public"."sync_change_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "sync_change" (
	"entity" text NOT NULL,
	"id" text NOT NULL,
	"place" text NOT NULL,
	"group_id" uuid,
	"txid" "xid8" NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "sync_change_entity_id_place_pk" PRIMARY KEY("entity","id","place")
);
--> statement-breakpoint
CREATE INDEX "sync_change_order_idx" ON "sync_change" USING btree ("txid","seq");--> statement-breakpoint
CREATE INDEX "sync_change_place_idx" ON "sync_change" USING btree ("place" text_pattern_ops,"txid","seq");--> statement-breakpoint
CREATE INDEX "sync_change_group_idx" ON "sync_change" USING btree ("group_id");
--> statement-breakpoint
-- Issue #12 (docs/adr/0020): the offline app's change feed, kept by triggers so that every write
-- (the sync push, the online API, imports, jobs) moves it in its own transaction.
CREATE FUNCTION sync_touch(p_entity text, p_id text, p_place text, p_group uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_place IS NULL THEN RETURN; END IF;
  INSERT INTO sync_change (entity, id, place, group_id, txid, seq)
  VALUES (p_entity, p_id, p_place, p_group, pg_current_xact_id(), nextval('sync_change_seq'))
  ON CONFLICT (entity, id, place) DO UPDATE SET group_id = excluded.group_id, txid = excluded.txid, seq = excluded.seq;
END $$;
--> statement-breakpoint
CREATE FUNCTION sync_touch_group(p_entity text, p_id text, p_group uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_touch(p_entity, p_id, (SELECT tambon_code FROM model_group WHERE id = p_group), p_group);
END $$;
--> statement-breakpoint
CREATE FUNCTION sync_on_group_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_touch_group(TG_ARGV[0], NEW.id::text, NEW.group_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON production_record FOR EACH ROW EXECUTE FUNCTION sync_on_group_record('production');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON sales_transaction FOR EACH ROW EXECUTE FUNCTION sync_on_group_record('transaction');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON learning_session FOR EACH ROW EXECUTE FUNCTION sync_on_group_record('learningSession');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON outlet FOR EACH ROW EXECUTE FUNCTION sync_on_group_record('outlet');
--> statement-breakpoint
CREATE FUNCTION sync_on_learning_photo() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END;
BEGIN
  PERFORM sync_touch_group('learningSession', s::text, (SELECT group_id FROM learning_session WHERE id = s));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR DELETE ON learning_photo FOR EACH ROW EXECUTE FUNCTION sync_on_learning_photo();
--> statement-breakpoint
CREATE FUNCTION sync_on_farmer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE g uuid := (SELECT group_id FROM group_member WHERE farmer_id = NEW.id);
BEGIN
  PERFORM sync_touch('farmer', NEW.id::text, NEW.tambon_code, g);
  -- Moved to another tambon: the old tambon's phones learn it is gone from their area.
  IF TG_OP = 'UPDATE' AND OLD.tambon_code <> NEW.tambon_code THEN PERFORM sync_touch('farmer', NEW.id::text, OLD.tambon_code, g); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON farmer FOR EACH ROW EXECUTE FUNCTION sync_on_farmer();
--> statement-breakpoint
CREATE FUNCTION sync_on_group() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_touch('group', NEW.id::text, NEW.tambon_code, NEW.id);
  PERFORM sync_touch('steps', NEW.id::text, NEW.tambon_code, NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON model_group FOR EACH ROW EXECUTE FUNCTION sync_on_group();
--> statement-breakpoint
CREATE FUNCTION sync_on_member() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM sync_touch_group('group', r.group_id::text, r.group_id);
  PERFORM sync_touch('farmer', r.farmer_id::text, (SELECT tambon_code FROM farmer WHERE id = r.farmer_id), CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE r.group_id END);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR DELETE ON group_member FOR EACH ROW EXECUTE FUNCTION sync_on_member();
--> statement-breakpoint
-- What a group's seven steps are derived from (modules/progress): any change moves its 'steps' row
-- (and, for the committee, its 'group' row).
CREATE FUNCTION sync_on_step_input() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE g uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN g := OLD.group_id; ELSE g := NEW.group_id; END IF;
  PERFORM sync_touch_group('steps', g::text, g);
  IF TG_ARGV[0] = 'group' THEN PERFORM sync_touch_group('group', g::text, g); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON group_committee FOR EACH ROW EXECUTE FUNCTION sync_on_step_input('group');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR DELETE ON group_step_fact FOR EACH ROW EXECUTE FUNCTION sync_on_step_input('steps');
--> statement-breakpoint
CREATE TRIGGER sync_change_update AFTER UPDATE ON group_step_fact FOR EACH ROW WHEN (OLD.first_on IS DISTINCT FROM NEW.first_on) EXECUTE FUNCTION sync_on_step_input('steps');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON step_override FOR EACH ROW EXECUTE FUNCTION sync_on_step_input('steps');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON enterprise FOR EACH ROW EXECUTE FUNCTION sync_on_step_input('steps');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON learning_centre FOR EACH ROW EXECUTE FUNCTION sync_on_step_input('steps');
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON group_plan FOR EACH ROW EXECUTE FUNCTION sync_on_step_input('steps');
--> statement-breakpoint
CREATE FUNCTION sync_on_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record; g record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  FOR g IN SELECT id, tambon_code FROM model_group WHERE tambon_code = r.tambon_code AND cohort_year = r.cohort_year LOOP
    PERFORM sync_touch('steps', g.id::text, g.tambon_code, g.id);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON selection_candidate FOR EACH ROW EXECUTE FUNCTION sync_on_candidate();
--> statement-breakpoint
CREATE FUNCTION sync_on_product() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_touch('product', NEW.code, '*', NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON product FOR EACH ROW EXECUTE FUNCTION sync_on_product();
--> statement-breakpoint
CREATE FUNCTION sync_on_notification() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_touch('notification', NEW.id::text, 'u:' || NEW.user_id::text, NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sync_change AFTER INSERT OR UPDATE ON notification FOR EACH ROW EXECUTE FUNCTION sync_on_notification();
--> statement-breakpoint
-- What exists already: one row each, in this transaction.
INSERT INTO sync_change (entity, id, place, group_id, txid, seq)
SELECT e.entity, e.id, e.place, e.group_id, pg_current_xact_id(), nextval('sync_change_seq') FROM (
  SELECT 'group' AS entity, g.id::text AS id, g.tambon_code AS place, g.id AS group_id FROM model_group g
  UNION ALL SELECT 'steps', g.id::text, g.tambon_code, g.id FROM model_group g
  UNION ALL SELECT 'farmer', f.id::text, f.tambon_code, m.group_id FROM farmer f LEFT JOIN group_member m ON m.farmer_id = f.id WHERE f.deleted_at IS NULL
  UNION ALL SELECT 'production', r.id::text, g.tambon_code, g.id FROM production_record r JOIN model_group g ON g.id = r.group_id WHERE r.deleted_at IS NULL
  UNION ALL SELECT 'transaction', r.id::text, g.tambon_code, g.id FROM sales_transaction r JOIN model_group g ON g.id = r.group_id WHERE r.deleted_at IS NULL
  UNION ALL SELECT 'learningSession', r.id::text, g.tambon_code, g.id FROM learning_session r JOIN model_group g ON g.id = r.group_id WHERE r.deleted_at IS NULL
  UNION ALL SELECT 'outlet', r.id::text, g.tambon_code, g.id FROM outlet r JOIN model_group g ON g.id = r.group_id WHERE r.deleted_at IS NULL
  UNION ALL SELECT 'product', p.code, '*', NULL FROM product p
  UNION ALL SELECT 'notification', n.id::text, 'u:' || n.user_id::text, NULL FROM notification n WHERE n.read_at IS NULL
) e;
