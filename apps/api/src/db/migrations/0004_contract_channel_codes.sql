-- Channel codes of issue #4's published contract: event, online, direct (were marketing_event,
-- online_platform, direct_consumer). Codes are text, so the rename is data only: the sales, the
-- monthly figures keyed by channel, the groups' plans (กท.03 markets) and the frozen report
-- snapshots, which hold the codes inside JSON.
UPDATE "sales_transaction" SET "channel" = CASE "channel" WHEN 'marketing_event' THEN 'event' WHEN 'online_platform' THEN 'online' ELSE 'direct' END
  WHERE "channel" IN ('marketing_event', 'online_platform', 'direct_consumer');--> statement-breakpoint
UPDATE "group_month_stat" SET "key" = regexp_replace("key", '^(sales|salesn)\|(marketing_event|online_platform|direct_consumer)$', '\1|' || CASE split_part("key", '|', 2) WHEN 'marketing_event' THEN 'event' WHEN 'online_platform' THEN 'online' ELSE 'direct' END)
  WHERE "key" ~ '^(sales|salesn)\|(marketing_event|online_platform|direct_consumer)$';--> statement-breakpoint
UPDATE "province_month_stat" SET "key" = regexp_replace("key", '^(sales|salesn)\|(marketing_event|online_platform|direct_consumer)$', '\1|' || CASE split_part("key", '|', 2) WHEN 'marketing_event' THEN 'event' WHEN 'online_platform' THEN 'online' ELSE 'direct' END)
  WHERE "key" ~ '^(sales|salesn)\|(marketing_event|online_platform|direct_consumer)$';--> statement-breakpoint
UPDATE "group_plan" SET "markets" = replace(replace(replace("markets"::text, '"marketing_event"', '"event"'), '"online_platform"', '"online"'), '"direct_consumer"', '"direct"')::jsonb
  WHERE "markets"::text ~ '"(marketing_event|online_platform|direct_consumer)"';--> statement-breakpoint
UPDATE "report_version" SET "snapshot" = replace(replace(replace("snapshot"::text, '"marketing_event"', '"event"'), '"online_platform"', '"online"'), '"direct_consumer"', '"direct"')::jsonb
  WHERE "snapshot"::text ~ '"(marketing_event|online_platform|direct_consumer)"';
