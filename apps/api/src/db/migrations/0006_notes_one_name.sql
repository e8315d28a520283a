-- One name per field (issue #10, docs/adr/0012): a plan line's free-text `note` is `notes`, as on
-- every record. The plans keep their lines as JSON, so the stored key is renamed with them:
-- the current activities of a farmer's กท.02 and the markets and resources of a group's กท.03.
-- (The selection criteria's `remark` became `notes` too, but those are columns, not JSON; the
-- report snapshots hold no plan lines; the audit log keeps the rows as they were written.)
UPDATE "individual_plan" SET "current_activities" = (
  SELECT jsonb_agg(CASE WHEN e ? 'note' THEN (e - 'note') || jsonb_build_object('notes', e -> 'note') ELSE e END ORDER BY i)
  FROM jsonb_array_elements("current_activities") WITH ORDINALITY AS t(e, i))
  WHERE jsonb_typeof("current_activities") = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements("current_activities") AS x(e) WHERE e ? 'note');--> statement-breakpoint
UPDATE "group_plan" SET "markets" = (
  SELECT jsonb_agg(CASE WHEN e ? 'note' THEN (e - 'note') || jsonb_build_object('notes', e -> 'note') ELSE e END ORDER BY i)
  FROM jsonb_array_elements("markets") WITH ORDINALITY AS t(e, i))
  WHERE jsonb_typeof("markets") = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements("markets") AS x(e) WHERE e ? 'note');--> statement-breakpoint
UPDATE "group_plan" SET "resources" = (
  SELECT jsonb_agg(CASE WHEN e ? 'note' THEN (e - 'note') || jsonb_build_object('notes', e -> 'note') ELSE e END ORDER BY i)
  FROM jsonb_array_elements("resources") WITH ORDINALITY AS t(e, i))
  WHERE jsonb_typeof("resources") = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements("resources") AS x(e) WHERE e ? 'note');
