CREATE TABLE "login_attempt" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"address" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_known_address" (
	"username" text NOT NULL,
	"address" text NOT NULL,
	"last_success_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "login_known_address_username_address_pk" PRIMARY KEY("username","address")
);
--> statement-breakpoint
CREATE INDEX "login_attempt_user_idx" ON "login_attempt" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempt_address_idx" ON "login_attempt" USING btree ("address","at");--> statement-breakpoint
CREATE INDEX "login_attempt_at_idx" ON "login_attempt" USING btree ("at");--> statement-breakpoint
CREATE INDEX "login_known_address_at_idx" ON "login_known_address" USING btree ("last_success_at");--> statement-breakpoint
ALTER TABLE "app_user" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "app_user" DROP COLUMN "locked_until";--> statement-breakpoint
-- Development topics of a กท.03 get ids that stay the same across edits (learning sessions follow them).
UPDATE "group_plan" SET "topics" = (
	SELECT jsonb_agg(CASE WHEN t ? 'id' THEN t ELSE t || jsonb_build_object('id', gen_random_uuid()) END ORDER BY n)
	FROM jsonb_array_elements("topics") WITH ORDINALITY AS x(t, n)
) WHERE jsonb_typeof("topics") = 'array' AND "topics" <> '[]'::jsonb;
